#pragma once

#include <QWidget>

#include "catalog/itemguide.h"

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTableView;

namespace OneWindow::Catalog {
class MaterialsModel;
}

namespace OneWindow::Ui {

/// One item guide (办事指南) as staff read it to a citizen: name and department, time limits,
/// fees, the materials as a table, steps, legal basis, place, hours and hotline.
class GuideView : public QWidget
{
    Q_OBJECT
public:
    explicit GuideView(QWidget *parent = nullptr);

    void showGuide(const Catalog::ItemGuide &guide);
    void showMessage(const QString &message);
    void clear();
    QString currentCode() const { return m_code; }

private:
    void fitMaterialsHeight();
    QLabel *addFact(QFormLayout *layout, const QString &label, const QString &objectName);

    QString m_code;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_reviewType = nullptr;
    QLabel *m_legalLimit = nullptr;
    QLabel *m_promisedLimit = nullptr;
    QLabel *m_fees = nullptr;
    QLabel *m_place = nullptr;
    QLabel *m_hours = nullptr;
    QLabel *m_hotline = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_services = nullptr;
    QTableView *m_materialsView = nullptr;
    Catalog::MaterialsModel *m_materials = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_legalBasis = nullptr;
};

} // namespace OneWindow::Ui
