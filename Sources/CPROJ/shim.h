#ifndef INCIDENT_MAP_CPROJ_SHIM_H
#define INCIDENT_MAP_CPROJ_SHIM_H
#include <proj.h>
#include <geodesic.h>
#endif
