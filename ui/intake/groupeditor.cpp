#include "groupeditor.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QPushButton>
#include <QVBoxLayout>

#include "formlevelview.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

GroupEditor::GroupEditor(const Intake::FieldSpec &spec, QObject *parent)
    : FieldEditor(spec, parent)
    , m_box(new QWidget)
{
    auto *layout = new QVBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list);
    //: %1 is the group's name, e.g. 家庭成员
    m_add = new QPushButton(tr("Add %1").arg(spec.label));
    m_add->setObjectName(u"add_"_s + spec.key);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        FormLevelView *entry = addEntry();
        if (QWidget *first = entry->firstFocus())
            first->setFocus(Qt::TabFocusReason);
        Q_EMIT changed();
    });
}

GroupEditor::~GroupEditor()
{
    delete m_box.data();
}

QWidget *GroupEditor::focusTarget() const
{
    return m_entries.isEmpty() ? static_cast<QWidget *>(m_add) : m_entries.first()->firstFocus();
}

FormLevelView *GroupEditor::addEntry()
{
    auto *frame = new QGroupBox;
    auto *layout = new QVBoxLayout(frame);
    auto *entry = new FormLevelView(spec().fields);
    layout->addWidget(entry);
    auto *remove = new QPushButton(tr("Remove this entry"));
    layout->addWidget(remove, 0, Qt::AlignRight);
    m_list->addWidget(frame);
    m_entries.append(entry);
    connect(entry, &FormLevelView::changed, this, &FieldEditor::changed);
    connect(remove, &QPushButton::clicked, this, [this, entry] {
        removeEntry(entry);
        Q_EMIT changed();
    });
    // The Add button stays after the last entry in the Tab order.
    QWidget::setTabOrder(remove, m_add);
    renumber();
    return entry;
}

void GroupEditor::removeEntry(FormLevelView *entry)
{
    m_entries.removeOne(entry);
    entry->parentWidget()->deleteLater();
    renumber();
    m_add->setFocus(Qt::TabFocusReason);
}

void GroupEditor::renumber()
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        //: %1 is the group's name, %2 the entry's number
        static_cast<QGroupBox *>(m_entries[i]->parentWidget())->setTitle(tr("%1 %2").arg(spec().label).arg(i + 1));
    }
}

QJsonValue GroupEditor::value() const
{
    QJsonArray entries;
    for (FormLevelView *entry : m_entries)
        entries.append(entry->values());
    return entries;
}

void GroupEditor::setValue(const QJsonValue &value)
{
    const QJsonArray entries = value.toArray();
    while (m_entries.size() > entries.size()) {
        FormLevelView *last = m_entries.takeLast();
        delete last->parentWidget();
    }
    while (m_entries.size() < entries.size())
        addEntry();
    for (qsizetype i = 0; i < entries.size(); ++i)
        m_entries[i]->setValues(entries.at(i).toObject());
}

void GroupEditor::showIssues(const QList<Intake::FieldIssue> &issues)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QString prefix = spec().key + u'[' + QString::number(i) + u"]."_s;
        QList<Intake::FieldIssue> inside;
        for (const Intake::FieldIssue &issue : issues) {
            if (issue.path.startsWith(prefix)) {
                Intake::FieldIssue relative = issue;
                relative.path = issue.path.mid(prefix.size());
                inside.append(relative);
            }
        }
        m_entries[i]->showIssues(inside);
    }
}

} // namespace OneWindow::Ui
