#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace OneWindow::Ui {

/// The status bar's connection and sync state: a coloured dot and a few words. The sync
/// engine (a later issue) drives it; until a server is configured the window works from its
/// local catalog and says so.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class State { NotConfigured, Offline, Online, Syncing, Error };
    Q_ENUM(State)

    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setState(State state, int waiting = 0, const QDateTime &lastSync = {});
    State state() const { return m_state; }
    QString text() const;

private:
    State m_state = State::NotConfigured;
    QLabel *m_dot = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace OneWindow::Ui
