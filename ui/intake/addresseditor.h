#pragma once

#include <QPointer>
#include <QStringList>

#include "fieldeditor.h"

class QComboBox;
class QLineEdit;

namespace OneWindow::Ui {

/// An address: province → city → district → street from the division table, then the rest
/// (road, number, room) as text. The value is {"region": deepest code, "regionText": the names
/// as printed, "detail": text}. A new address starts at the hall's own district, where most
/// citizens live.
class AddressEditor : public FieldEditor
{
    Q_OBJECT
public:
    AddressEditor(const Intake::FieldSpec &spec, QObject *parent);
    ~AddressEditor() override;

    /// The division a new address starts in (the hall's district), for every editor made later.
    static void setDefaultRegion(const QString &code);

    QWidget *widget() const override { return m_box; }
    QWidget *focusTarget() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;

private:
    void fill(int level, const QString &parentCode);
    void onChosen(int level);
    void selectPath(const QString &code);
    QString deepestCode() const;

    QPointer<QWidget> m_box;
    QList<QComboBox *> m_levels;
    QLineEdit *m_detail = nullptr;
};

} // namespace OneWindow::Ui
