#ifndef INCIDENT_MAP_CSQLITE_SHIM_H
#define INCIDENT_MAP_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
