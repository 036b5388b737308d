// The driver itself is libFuzzer's; this target only declares it to Swift.
#include "FuzzDriver.h"
