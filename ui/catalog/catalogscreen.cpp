#include "catalogscreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

#include "catalog/catalogmodel.h"
#include "catalog/catalogservice.h"
#include "guideview.h"
#include "resultdelegate.h"
#include "widgets/searchlistkeys.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

CatalogScreen::CatalogScreen(Catalog::CatalogService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new Catalog::CatalogModel(this))
{
    m_search = new QLineEdit;
    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("Search items: name, pinyin, initials or item code"));
    m_search->setClearButtonEnabled(true);
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.25);
    m_search->setFont(searchFont);

    m_count = new QLabel;
    m_count->setObjectName(u"catalogCount"_s);
    m_results = new QListView;
    m_results->setObjectName(u"catalogResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    SearchListKeys::install(m_search, m_results);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(buildFilters());
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_results, 1);

    m_guide = new GuideView;
    m_guide->setObjectName(u"guideView"_s);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_guide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogScreen::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogScreen::activateCurrent);
    connect(m_results, &QListView::activated, this, &CatalogScreen::activateCurrent);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogScreen::onCurrentChanged);
    connect(m_service, &Catalog::CatalogService::indexReady, this, &CatalogScreen::onIndexReady);
    connect(m_service, &Catalog::CatalogService::guideReady, this,
            [this](const Catalog::ItemGuide &guide) { m_guide->showGuide(guide); });
    connect(m_service, &Catalog::CatalogService::guideFailed, this,
            [this](const QString &, const QString &message) { m_guide->showMessage(message); });
    if (m_service->isReady())
        onIndexReady();
    else
        m_count->setText(tr("Loading the catalog…"));
}

QWidget *CatalogScreen::buildFilters()
{
    m_department = new QComboBox;
    m_department->setObjectName(u"catalogDepartmentFilter"_s);
    m_level = new QComboBox;
    m_level->setObjectName(u"catalogLevelFilter"_s);
    m_cityWide = new QCheckBox(tr("City-wide"));
    m_cityWide->setObjectName(u"catalogCityWideFilter"_s);
    m_cityWide->setToolTip(tr("Only items any window of the city accepts (Alt+T)"));
    m_instant = new QCheckBox(tr("Instant"));
    m_instant->setObjectName(u"catalogInstantFilter"_s);
    m_instant->setToolTip(tr("Only items handled on the spot (Alt+J)"));
    m_cityWide->setShortcut(QKeySequence(Qt::ALT | Qt::Key_T));
    m_instant->setShortcut(QKeySequence(Qt::ALT | Qt::Key_J));
    // Filters act at once but give focus straight back: typing never leaves the search field.
    for (QCheckBox *box : { m_cityWide, m_instant }) {
        box->setFocusPolicy(Qt::NoFocus);
        connect(box, &QCheckBox::toggled, this, &CatalogScreen::runSearch);
    }
    for (QComboBox *combo : { m_department, m_level }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &CatalogScreen::runSearch);
    }
    auto *filters = new QWidget;
    auto *layout = new QHBoxLayout(filters);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_department, 1);
    layout->addWidget(m_level);
    layout->addWidget(m_cityWide);
    layout->addWidget(m_instant);
    return filters;
}

void CatalogScreen::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogScreen::onIndexReady()
{
    const QSignalBlocker blockDepartments(m_department);
    const QSignalBlocker blockLevels(m_level);
    const QString department = m_department->currentData().toString();
    const QString level = m_level->currentData().toString();
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    for (const Catalog::Department &entry : m_service->index()->departments())
        m_department->addItem(entry.name, entry.code);
    m_department->setCurrentIndex(std::max(0, m_department->findData(department)));
    m_level->clear();
    m_level->addItem(tr("All levels"), QString());
    const auto levels = m_service->dictionaries().find(u"level"_s);
    if (levels != m_service->dictionaries().end())
        for (const Catalog::DictionaryEntry &entry : levels->second)
            m_level->addItem(entry.label, entry.code);
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    runSearch();
}

Catalog::SearchFilter CatalogScreen::currentFilter() const
{
    Catalog::SearchFilter filter;
    filter.department = m_department->currentData().toString();
    filter.level = m_level->currentData().toString();
    filter.cityWideOnly = m_cityWide->isChecked();
    filter.instantOnly = m_instant->isChecked();
    return filter;
}

void CatalogScreen::runSearch()
{
    if (!m_service->isReady())
        return;
    m_model->setResult(m_service->index(), m_service->search(m_search->text(), currentFilter()));
    const int shown = m_model->rowCount();
    if (m_model->totalMatches() == 0)
        m_count->setText(tr("No item matches. Try fewer characters or the pinyin initials."));
    else if (shown < m_model->totalMatches())
        m_count->setText(tr("%1 items match; the first %2 are shown.").arg(m_model->totalMatches()).arg(shown));
    else
        m_count->setText(tr("%n item(s)", nullptr, shown));
    if (shown > 0)
        m_results->setCurrentIndex(m_model->index(0));
    else
        m_guide->clear();
}

void CatalogScreen::onCurrentChanged()
{
    const QString code = m_model->codeAt(m_results->currentIndex().row());
    if (code.isEmpty())
        m_guide->clear();
    else if (code != m_guide->currentCode())
        m_service->requestGuide(code);
}

void CatalogScreen::activateCurrent()
{
    const QString code = m_model->codeAt(m_results->currentIndex().row());
    if (code.isEmpty())
        return;
    m_service->recordUse(code);
    Q_EMIT itemActivated(code);
}

} // namespace OneWindow::Ui
