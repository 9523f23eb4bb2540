# Intake: form schema, checklist, lifecycle, case store, drafts.
onewindow_add_test(testformschema SOURCES testformschema.cpp LINKS OneWindow::Intake)
onewindow_add_test(testcaselifecycle SOURCES testcaselifecycle.cpp LINKS OneWindow::Intake)
onewindow_add_test(testcasestore SOURCES testcasestore.cpp LINKS OneWindow::Intake Qt6::Sql)
onewindow_add_test(testintakesession SOURCES testintakesession.cpp LINKS OneWindow::Intake)
# Drafts: DraftSaver in process, and a child that is killed with SIGKILL while it types.
onewindow_add_test(testdraftsaver SOURCES testdraftsaver.cpp LINKS OneWindow::Intake)
add_executable(intake_draftwriter ${CMAKE_CURRENT_LIST_DIR}/draftwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/typedtext.h)
target_link_libraries(intake_draftwriter PRIVATE OneWindow::Intake OneWindow::Common Qt6::Core)
onewindow_add_test(testdraftcrash SOURCES testdraftcrash.cpp typedtext.h LINKS OneWindow::Intake)
add_dependencies(testdraftcrash intake_draftwriter)
set_property(TEST testdraftcrash APPEND PROPERTY ENVIRONMENT "ONEWINDOW_DRAFTWRITER=$<TARGET_FILE:intake_draftwriter>")
# Cases: the case list model (search, date range, masking, asynchronous loading).
onewindow_add_test(testcasesmodel SOURCES testcasesmodel.cpp LINKS OneWindow::Intake)
