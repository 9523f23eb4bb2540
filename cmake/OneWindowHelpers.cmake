# onewindow_add_library(<module> SOURCES ... LINKS ...)
# One folder of app/ is one small static library, onewindow_<module>, alias OneWindow::<Module>.
function(onewindow_add_library module)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    set(target onewindow_${module})
    add_library(${target} STATIC ${ARG_SOURCES})
    string(SUBSTRING ${module} 0 1 _first)
    string(TOUPPER ${_first} _first)
    string(SUBSTRING ${module} 1 -1 _rest)
    add_library(OneWindow::${_first}${_rest} ALIAS ${target})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/app)
    target_link_libraries(${target} PUBLIC OneWindow::Common ${ARG_LINKS})
endfunction()

# onewindow_add_test(<name> SOURCES ... LINKS ...)
# A Qt Test executable registered with ctest; every test runs under the offscreen platform.
# Sources are relative to the calling tests.cmake. Every test is defined from tests/CMakeLists.txt
# (tests.cmake files are include()d, not add_subdirectory()d): Qt Test puts the target's binary
# directory into a define, and one shared precompiled header needs it to be the same everywhere.
function(onewindow_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    list(TRANSFORM ARG_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE OneWindow::Common OneWindow::TestSupport Qt6::Test ${ARG_LINKS})
    target_precompile_headers(${name} REUSE_FROM onewindow_test_pch)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ONEWINDOW_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;ONEWINDOW_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        TIMEOUT 300)
endfunction()
