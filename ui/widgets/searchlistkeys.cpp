#include "searchlistkeys.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace OneWindow::Ui {

SearchListKeys::SearchListKeys(QLineEdit *search, QAbstractItemView *list)
    : QObject(search)
    , m_search(search)
    , m_list(list)
{
}

void SearchListKeys::install(QLineEdit *search, QAbstractItemView *list)
{
    auto *keys = new SearchListKeys(search, list);
    search->installEventFilter(keys);
    list->installEventFilter(keys);
}

bool SearchListKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_search) {
        switch (key) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    if (watched == m_list && key == Qt::Key_Escape) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
        return true;
    }
    return false;
}

} // namespace OneWindow::Ui
