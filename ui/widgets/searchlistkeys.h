#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace OneWindow::Ui {

/// The keys of a search field over a list, as every search screen has them: Up/Down/PgUp/PgDn
/// move the list while the caret stays in the field; Esc clears the field, or from the list goes
/// back to the field. Installed on both widgets; owned by the field.
class SearchListKeys : public QObject
{
    Q_OBJECT
public:
    static void install(QLineEdit *search, QAbstractItemView *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SearchListKeys(QLineEdit *search, QAbstractItemView *list);

    QLineEdit *m_search;
    QAbstractItemView *m_list;
};

} // namespace OneWindow::Ui
