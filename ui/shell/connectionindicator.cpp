#include "connectionindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectionIndicator"_s);
    m_dot = new QLabel;
    m_dot->setFixedSize(10, 10);
    m_text = new QLabel;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setState(State::NotConfigured);
}

void ConnectionIndicator::setState(State state, int waiting, const QDateTime &lastSync)
{
    m_state = state;
    QString color;
    QString text;
    switch (state) {
    case State::NotConfigured:
        color = u"#9e9e9e"_s;
        text = tr("No server configured: local catalog");
        break;
    case State::Offline:
        color = u"#f9a825"_s;
        text = tr("Offline: %n item(s) waiting", nullptr, waiting);
        break;
    case State::Online:
        color = u"#2e7d32"_s;
        text = tr("Online");
        break;
    case State::Syncing:
        color = u"#1565c0"_s;
        text = tr("Syncing: %n item(s) waiting", nullptr, waiting);
        break;
    case State::Error:
        color = u"#c62828"_s;
        text = tr("Sync error: %n item(s) waiting", nullptr, waiting);
        break;
    }
    if (lastSync.isValid())
        text += tr(" · last sync %1").arg(QLocale().toString(lastSync, QLocale::ShortFormat));
    m_dot->setStyleSheet(u"background:%1; border-radius:5px;"_s.arg(color));
    m_text->setText(text);
    setToolTip(text);
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

} // namespace OneWindow::Ui
