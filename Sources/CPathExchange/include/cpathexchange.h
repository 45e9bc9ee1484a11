#ifndef CPATHEXCHANGE_H
#define CPATHEXCHANGE_H
/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE). Returns 0 on success,
/// -1 when the kernel or file system does not support it.
int lb_exchange_paths(const char *a, const char *b);
#endif
