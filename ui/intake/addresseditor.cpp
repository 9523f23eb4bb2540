#include "addresseditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QWidget>

#include "validation/regions.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

namespace {
QString &defaultRegion()
{
    static QString code;
    return code;
}
} // namespace

void AddressEditor::setDefaultRegion(const QString &code)
{
    defaultRegion() = code;
}

AddressEditor::AddressEditor(const Intake::FieldSpec &spec, QObject *parent)
    : FieldEditor(spec, parent)
    , m_box(new QWidget)
{
    auto *layout = new QGridLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString names[] = { tr("Province"), tr("City"), tr("District"), tr("Street") };
    for (int level = 0; level < 4; ++level) {
        auto *combo = new QComboBox;
        combo->setAccessibleName(names[level]);
        combo->setMinimumContentsLength(6);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        layout->addWidget(combo, 0, level);
        m_levels.append(combo);
        connect(combo, &QComboBox::activated, this, [this, level] {
            onChosen(level);
            Q_EMIT changed();
        });
    }
    m_detail = new QLineEdit;
    m_detail->setPlaceholderText(tr("Road, number, building, room"));
    layout->addWidget(m_detail, 1, 0, 1, 4);
    connect(m_detail, &QLineEdit::textEdited, this, &FieldEditor::changed);
    fill(0, QString());
    selectPath(defaultRegion());
}

AddressEditor::~AddressEditor()
{
    delete m_box.data();
}

QWidget *AddressEditor::focusTarget() const
{
    return m_levels.first();
}

void AddressEditor::fill(int level, const QString &parentCode)
{
    for (int below = level; below < m_levels.size(); ++below) {
        QComboBox *combo = m_levels[below];
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->setEnabled(false);
    }
    if (level >= m_levels.size())
        return;
    const QList<Validation::Region> children = Validation::Regions::shared().children(parentCode);
    QComboBox *combo = m_levels[level];
    const QSignalBlocker quiet(combo);
    combo->addItem(QString());
    for (const Validation::Region &region : children)
        combo->addItem(region.name, region.code);
    combo->setEnabled(!children.isEmpty());
}

void AddressEditor::onChosen(int level)
{
    const QString code = m_levels[level]->currentData().toString();
    fill(level + 1, code);
}

void AddressEditor::selectPath(const QString &code)
{
    fill(0, QString());
    const QList<Validation::Region> path = Validation::Regions::shared().path(code);
    for (int level = 0; level < path.size() && level < m_levels.size(); ++level) {
        QComboBox *combo = m_levels[level];
        const int index = combo->findData(path[level].code);
        if (index < 0)
            break;
        {
            const QSignalBlocker quiet(combo);
            combo->setCurrentIndex(index);
        }
        fill(level + 1, path[level].code);
    }
}

QString AddressEditor::deepestCode() const
{
    QString code;
    for (QComboBox *combo : m_levels)
        if (combo->currentIndex() > 0)
            code = combo->currentData().toString();
    return code;
}

QJsonValue AddressEditor::value() const
{
    const QString code = deepestCode();
    const QString detail = m_detail->text().trimmed();
    if (code.isEmpty() && detail.isEmpty())
        return QJsonValue();
    return QJsonObject { { u"region"_s, code },
                         { u"regionText"_s, Validation::Regions::shared().addressText(code) },
                         { u"detail"_s, detail } };
}

void AddressEditor::setValue(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    selectPath(object.isEmpty() ? defaultRegion() : object.value(u"region"_s).toString());
    m_detail->setText(object.value(u"detail"_s).toString());
}

} // namespace OneWindow::Ui
