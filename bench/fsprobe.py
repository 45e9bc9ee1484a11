#!/usr/bin/env python3
"""How fast this disk makes a site's files right now: N folders, each with one file of SIZE bytes,
the shape of a fresh build's model pages (bench/run's `fs-probe` row). It moves with the disk's
state (this VM's ext4 is many times slower for minutes after a large deletion), so read the fresh
`ours` and `hugo` rows beside it.

usage: bench/fsprobe.py N FOLDER SIZE
"""
import os
import sys

n, folder, size = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
data = b"x" * size
os.makedirs(folder)
for i in range(n):
    d = f"{folder}/m{i:06}"
    os.mkdir(d)
    fd = os.open(d + "/index.html", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, data)
    os.close(fd)
