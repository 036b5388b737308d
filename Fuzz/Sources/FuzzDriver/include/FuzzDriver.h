#ifndef INCIDENT_MAP_FUZZ_DRIVER_H
#define INCIDENT_MAP_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own `main`
/// (linked in by `-sanitize=fuzzer`): parses libFuzzer's options from
/// `argv` and calls `callback` with each input until it stops.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
