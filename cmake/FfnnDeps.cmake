# The library's dependencies. OpenBLAS's CBLAS: pkg-config "openblas" first,
# then FindBLAS with BLA_VENDOR=OpenBLAS; jansson for the safetensors header.
# Sets FFNN_BLAS_*, FFNN_JANSSON_LIBRARY, JANSSON_INCLUDE_DIRS, and
# FFNN_PC_REQUIRES_PRIVATE / FFNN_PC_LIBS_PRIVATE for ffnn.pc.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(OPENBLAS QUIET openblas)
endif()

if(OPENBLAS_FOUND)
  # Full paths, so the exported static target needs no find logic.
  find_library(FFNN_OPENBLAS_LIBRARY NAMES openblas
               HINTS ${OPENBLAS_LIBRARY_DIRS} NO_DEFAULT_PATH)
  if(NOT FFNN_OPENBLAS_LIBRARY)
    find_library(FFNN_OPENBLAS_LIBRARY NAMES openblas)
  endif()
  set(FFNN_BLAS_LIBRARIES ${FFNN_OPENBLAS_LIBRARY})
  set(FFNN_BLAS_INCLUDE_DIRS ${OPENBLAS_INCLUDE_DIRS})
  set(FFNN_PC_REQUIRES_PRIVATE "openblas")
  set(FFNN_PC_LIBS_PRIVATE "-lm")
else()
  set(BLA_VENDOR OpenBLAS)
  find_package(BLAS REQUIRED)
  find_path(FFNN_BLAS_INCLUDE_DIRS cblas.h
            PATH_SUFFIXES openblas openblas-pthread
                          ${CMAKE_LIBRARY_ARCHITECTURE}/openblas-pthread)
  if(NOT FFNN_BLAS_INCLUDE_DIRS)
    message(FATAL_ERROR "OpenBLAS found, but not its cblas.h")
  endif()
  set(FFNN_BLAS_LIBRARIES ${BLAS_LIBRARIES})
  set(FFNN_PC_REQUIRES_PRIVATE "")
  string(REPLACE ";" " " FFNN_PC_LIBS_PRIVATE "${BLAS_LIBRARIES} -lm")
endif()
message(STATUS "ffnn: OpenBLAS ${FFNN_BLAS_LIBRARIES} (cblas.h in ${FFNN_BLAS_INCLUDE_DIRS})")

# jansson parses and writes the safetensors JSON header.
if(PkgConfig_FOUND)
  pkg_check_modules(JANSSON QUIET jansson)
endif()
find_library(FFNN_JANSSON_LIBRARY NAMES jansson HINTS ${JANSSON_LIBRARY_DIRS})
find_path(FFNN_JANSSON_INCLUDE jansson.h HINTS ${JANSSON_INCLUDE_DIRS})
if(NOT FFNN_JANSSON_LIBRARY OR NOT FFNN_JANSSON_INCLUDE)
  message(FATAL_ERROR "jansson not found (Debian: libjansson-dev)")
endif()
set(JANSSON_INCLUDE_DIRS ${FFNN_JANSSON_INCLUDE})
if(JANSSON_FOUND)
  string(APPEND FFNN_PC_REQUIRES_PRIVATE " jansson")
else()
  string(APPEND FFNN_PC_LIBS_PRIVATE " -ljansson")
endif()
