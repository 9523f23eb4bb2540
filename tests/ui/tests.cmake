onewindow_add_test(testcatalogscreen SOURCES testcatalogscreen.cpp LINKS OneWindow::Ui)
onewindow_add_test(testlanguage SOURCES testlanguage.cpp LINKS OneWindow::Ui)
