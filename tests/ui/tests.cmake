onewindow_add_test(testcatalogscreen SOURCES testcatalogscreen.cpp LINKS OneWindow::Ui)
