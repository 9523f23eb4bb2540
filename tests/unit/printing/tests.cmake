# Printed notices: rendered to PDF and read back with poppler-utils and zbar-tools.
onewindow_add_test(testnoticerendering SOURCES testnoticerendering.cpp noticesamples.cpp pdfreadback.cpp
                   LINKS OneWindow::Printing)
onewindow_add_test(testhallprofile SOURCES testhallprofile.cpp LINKS OneWindow::Printing)
