#pragma once

#include <QWidget>

#include "catalog/search.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace OneWindow::Catalog {
class CatalogModel;
class CatalogService;
} // namespace OneWindow::Catalog

namespace OneWindow::Ui {

class GuideView;

/// The screen a window opens on: search the item guides as you type (hanzi, pinyin, initials,
/// item code), narrow by department, level, 通办 and 即办, and read the chosen guide beside
/// the list. Keyboard first: the search field keeps focus, Up/Down move through the results,
/// Enter opens one, Esc clears the search.
class CatalogScreen : public QWidget
{
    Q_OBJECT
Q_SIGNALS:
    /// The staff opened an item (Enter or double-click): intake starts from here later.
    void itemActivated(const QString &code);

public:
    explicit CatalogScreen(Catalog::CatalogService *service, QWidget *parent = nullptr);

    void focusSearch();
    Catalog::CatalogModel *model() const { return m_model; }

private:
    QWidget *buildFilters();
    void onIndexReady();
    void runSearch();
    void onCurrentChanged();
    void activateCurrent();
    Catalog::SearchFilter currentFilter() const;

    Catalog::CatalogService *m_service;
    Catalog::CatalogModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_level = nullptr;
    QCheckBox *m_cityWide = nullptr;
    QCheckBox *m_instant = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_results = nullptr;
    GuideView *m_guide = nullptr;
};

} // namespace OneWindow::Ui
