#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>

#include "intake/formvalidator.h"

class QLabel;

namespace OneWindow::Ui {

class FieldEditor;

/// One level of a guide-driven form: the item's own fields, or one entry of a repeated group.
/// Labels, editors and an inline message per field, in schema order (which is the Tab order);
/// fields whose visibleWhen does not hold are hidden and left out of values(). Enter in a line
/// moves on to the next field, so a case can be typed without the mouse.
class FormLevelView : public QWidget
{
    Q_OBJECT
Q_SIGNALS:
    void changed(const QString &key);

public:
    explicit FormLevelView(const QList<Intake::FieldSpec> &fields, QWidget *parent = nullptr);

    QJsonObject values() const;
    void setValues(const QJsonObject &values);
    /// Shows each field's problems under it; paths are relative to this level ("memberIdNo",
    /// "familyMembers[1].memberIdNo").
    void showIssues(const QList<Intake::FieldIssue> &issues);
    /// The editor of a visible field, for focus and tests.
    QWidget *editorWidget(const QString &key) const;
    QWidget *firstFocus() const;

    /// Every field of every level is checked through this as it is left (set once by the screen).
    static void setToday(QDate today);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        FieldEditor *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *message = nullptr;
    };
    void onEdited(const Row &row);
    void checkRow(const Row &row);
    void fillDerived(const Row &idRow);
    void updateVisibility();
    void setMessage(const Row &row, const QString &text, bool warning);

    QList<Row> m_rows;
};

} // namespace OneWindow::Ui
