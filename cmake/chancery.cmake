# chancery_module(NAME SOURCES a.cc b.cc DEPS other_module ... LIBS imported::target ...)
#
# Creates the static library `chancery_NAME` from src/NAME. Its headers are included as
# "NAME/header.h". Each module gets its own include root in the build tree holding a
# single link NAME -> src/NAME, so "tokenize/tokenizer.h" resolves only for targets that
# link chancery_tokenize: a module sees another module's headers only through its DEPS,
# and a forbidden include fails to build. That keeps the layering one-way.
function(chancery_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LIBS" ${ARGN})
  set(target chancery_${name})
  set(scope PUBLIC)
  if(ARG_SOURCES)
    add_library(${target} STATIC ${ARG_SOURCES})
  else()  # a header-only module
    add_library(${target} INTERFACE)
    set(scope INTERFACE)
  endif()
  set(root "${PROJECT_BINARY_DIR}/include_roots/${name}")
  file(MAKE_DIRECTORY "${root}")
  if(NOT EXISTS "${root}/${name}")
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${name}" "${root}/${name}" SYMBOLIC)
  endif()
  target_include_directories(${target} ${scope} "${root}")
  foreach(dep IN LISTS ARG_DEPS)
    target_link_libraries(${target} ${scope} chancery_${dep})
  endforeach()
  if(ARG_LIBS)
    target_link_libraries(${target} ${scope} ${ARG_LIBS})
  endif()
  if(ARG_SOURCES)
    chancery_warnings(${target})
  endif()
endfunction()

function(chancery_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                         -Wnon-virtual-dtor -Wno-missing-field-initializers)
endfunction()

# chancery_unit_test(MODULE SOURCES x_test.cc ... [DEPS extra_module ...])
# One GoogleTest binary per module, labelled `unit;MODULE`.
function(chancery_unit_test module)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  set(target ${module}_test)
  add_executable(${target} ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE chancery_${module} GTest::gtest_main chancery_test_support)
  foreach(dep IN LISTS ARG_DEPS)
    target_link_libraries(${target} PRIVATE chancery_${dep})
  endforeach()
  chancery_warnings(${target})
  include(GoogleTest)
  # One label per test, "unit:<module>", because list-valued properties do not survive
  # gtest_discover_tests; `ctest -L unit` and `ctest -L tokenize` both match it. Test data
  # paths reach the tests through chancery_test_support (tests/support/test_data.h).
  gtest_discover_tests(${target}
    PROPERTIES LABELS "unit:${module}"
    DISCOVERY_TIMEOUT 60 DISCOVERY_MODE PRE_TEST)
  add_dependencies(${target} chancery_lexicons)
endfunction()
