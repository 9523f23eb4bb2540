onewindow_add_test(testcalendaryear SOURCES testcalendaryear.cpp LINKS OneWindow::Calendar)
onewindow_add_test(testworkingcalendar SOURCES testworkingcalendar.cpp LINKS OneWindow::Calendar)
onewindow_add_test(teststatutoryholidays SOURCES teststatutoryholidays.cpp LINKS OneWindow::Calendar)
onewindow_add_test(testdeadline SOURCES testdeadline.cpp LINKS OneWindow::Calendar)
