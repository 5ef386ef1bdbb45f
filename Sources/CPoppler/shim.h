#include <poppler.h>
#include <cairo.h>
#include <malloc.h>
