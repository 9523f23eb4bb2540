onewindow_add_test(testmigrations SOURCES testmigrations.cpp LINKS OneWindow::Storage Qt6::Sql)
onewindow_add_test(testblobstore SOURCES testblobstore.cpp LINKS OneWindow::Storage)
