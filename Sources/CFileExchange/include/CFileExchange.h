#ifndef TORG_CFILEEXCHANGE_H
#define TORG_CFILEEXCHANGE_H

/// Atomically exchanges two paths, so that each name always points at a complete tree.
/// Returns 0, or -1 with errno set; errno is ENOSYS or EINVAL where the system or the file
/// system cannot exchange, and the caller then falls back to two renames.
int torg_exchange_paths(const char *first, const char *second);

#endif
