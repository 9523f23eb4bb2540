onewindow_add_test(testpinyin SOURCES testpinyin.cpp LINKS OneWindow::Pinyin)
