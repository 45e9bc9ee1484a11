#ifndef CALLOCATORSETTINGS_H
#define CALLOCATORSETTINGS_H
/// jemalloc's start-up options for the command (see allocator_settings.c). Nothing to call:
/// linking this target is what sets them.
extern const char *malloc_conf;
#endif
