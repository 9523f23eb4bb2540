#pragma once

#include <QJsonValue>
#include <QObject>

#include "intake/formschema.h"

class QWidget;

namespace OneWindow::Ui {

/// The editor of one form field, whatever its type: the form only sees value(), setValue()
/// and changed(). create() picks the widget for the field's type.
class FieldEditor : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void changed();

public:
    static FieldEditor *create(const Intake::FieldSpec &spec, QObject *parent);

    const Intake::FieldSpec &spec() const { return m_spec; }
    virtual QWidget *widget() const = 0;
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    /// The widget that takes focus when the field is reached.
    virtual QWidget *focusTarget() const { return widget(); }

protected:
    FieldEditor(const Intake::FieldSpec &spec, QObject *parent);

private:
    Intake::FieldSpec m_spec;
};

} // namespace OneWindow::Ui
