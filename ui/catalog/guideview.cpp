#include "guideview.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "catalog/materialsmodel.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {
namespace {

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QString days(int count)
{
    return GuideView::tr("%n working day(s)", nullptr, count);
}

QString htmlList(const QStringList &entries, bool ordered)
{
    if (entries.isEmpty())
        return GuideView::tr("None");
    const QString tag = ordered ? u"ol"_s : u"ul"_s;
    QString html = u'<' + tag + u" style=\"margin-left:-20px\">"_s;
    for (const QString &entry : entries)
        html += u"<li>"_s + entry.toHtmlEscaped() + u"</li>"_s;
    return html + u"</"_s + tag + u'>';
}

} // namespace

GuideView::GuideView(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(tr("Choose an item to see its guide."));
    m_placeholder->setObjectName(u"guidePlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_title = new QLabel;
    m_title->setObjectName(u"guideTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(u"guideSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitle);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reviewType = addFact(facts, tr("Review type"), u"guideReviewType"_s);
    m_legalLimit = addFact(facts, tr("Legal time limit"), u"guideLegalLimit"_s);
    m_promisedLimit = addFact(facts, tr("Promised time limit"), u"guidePromisedLimit"_s);
    m_fees = addFact(facts, tr("Fees"), u"guideFees"_s);
    m_services = addFact(facts, tr("Services"), u"guideServices"_s);
    m_result = addFact(facts, tr("Result"), u"guideResult"_s);
    m_place = addFact(facts, tr("Place"), u"guidePlace"_s);
    m_hours = addFact(facts, tr("Hours"), u"guideHours"_s);
    m_hotline = addFact(facts, tr("Hotline"), u"guideHotline"_s);
    layout->addLayout(facts);

    layout->addWidget(sectionTitle(tr("Materials")));
    m_materials = new Catalog::MaterialsModel(this);
    m_materialsView = new QTableView;
    m_materialsView->setObjectName(u"guideMaterials"_s);
    m_materialsView->setModel(m_materials);
    m_materialsView->setWordWrap(true);
    m_materialsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_materialsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_materialsView->verticalHeader()->setVisible(false);
    m_materialsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_materialsView->horizontalHeader()->setSectionResizeMode(Catalog::MaterialsModel::NotesColumn,
                                                              QHeaderView::Stretch);
    m_materialsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_materialsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The table shows every row and the page scrolls: rows grow when a narrower window wraps
    // the notes, so the height follows the header's length rather than being set once.
    connect(m_materialsView->verticalHeader(), &QHeaderView::geometriesChanged, this, &GuideView::fitMaterialsHeight);
    connect(m_materialsView->verticalHeader(), &QHeaderView::sectionResized, this, &GuideView::fitMaterialsHeight);
    layout->addWidget(m_materialsView);

    layout->addWidget(sectionTitle(tr("Steps")));
    m_steps = new QLabel;
    m_steps->setObjectName(u"guideSteps"_s);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    layout->addWidget(m_steps);
    layout->addWidget(sectionTitle(tr("Legal basis")));
    m_legalBasis = new QLabel;
    m_legalBasis->setObjectName(u"guideLegalBasis"_s);
    m_legalBasis->setWordWrap(true);
    m_legalBasis->setTextFormat(Qt::RichText);
    layout->addWidget(m_legalBasis);
    layout->addStretch();
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
}

QLabel *GuideView::addFact(QFormLayout *layout, const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(label + tr(":"), value);
    return value;
}

void GuideView::fitMaterialsHeight()
{
    const int height = m_materialsView->horizontalHeader()->height() + m_materialsView->verticalHeader()->length()
        + 2 * m_materialsView->frameWidth();
    if (m_materialsView->height() == height)
        return;
    m_materialsView->setFixedHeight(height);
    // Lay the page out now, not on the next event: the rows below must not keep the old gap.
    if (QLayout *page = m_materialsView->parentWidget()->layout())
        page->activate();
}

void GuideView::showGuide(const Catalog::ItemGuide &guide)
{
    m_code = guide.code;
    m_title->setText(guide.name);
    //: department · item code · item type · levels
    m_subtitle->setText(
        tr("%1 · %2 · %3 · %4").arg(guide.departmentName, guide.code, guide.itemType, guide.levels.join(tr(", "))));
    m_reviewType->setText(guide.instant ? tr("Instant (handled on the spot)")
                                        : tr("Promised (handled within the limit)"));
    m_legalLimit->setText(days(guide.legalDays));
    m_promisedLimit->setText(guide.promisedDays == 0 ? tr("On the spot") : days(guide.promisedDays));
    QStringList fees;
    for (const Catalog::FeeInfo &fee : guide.fees)
        //: fee name, amount in yuan
        fees.append(tr("%1: %2 yuan").arg(fee.name, fee.amount));
    m_fees->setText(fees.isEmpty() ? tr("Free of charge") : fees.join(u'\n'));
    QStringList services;
    if (guide.flags & Catalog::CityWide)
        services.append(tr("City-wide (any window)"));
    if (guide.flags & Catalog::Appointment)
        services.append(tr("Appointment"));
    if (guide.flags & Catalog::Courier)
        services.append(tr("Result by courier"));
    if (guide.flags & Catalog::Online)
        services.append(tr("Online application"));
    m_services->setText(services.isEmpty() ? tr("At the window only") : services.join(tr(", ")));
    m_result->setText(guide.resultName.isEmpty() ? tr("Not stated") : guide.resultName);
    m_place->setText(guide.place.isEmpty() ? tr("Not stated") : guide.place);
    m_hours->setText(guide.hours.isEmpty() ? tr("Not stated") : guide.hours);
    m_hotline->setText(guide.hotline.isEmpty() ? tr("Not stated") : guide.hotline);
    m_materials->setMaterials(guide.materials);
    fitMaterialsHeight();
    QStringList steps;
    for (const Catalog::StepInfo &step : guide.steps)
        steps.append(step.description.isEmpty() ? step.name : tr("%1: %2").arg(step.name, step.description));
    m_steps->setText(htmlList(steps, true));
    m_legalBasis->setText(htmlList(guide.legalBasis, false));
    m_stack->setCurrentIndex(1);
}

void GuideView::showMessage(const QString &message)
{
    m_code.clear();
    m_placeholder->setText(message);
    m_stack->setCurrentIndex(0);
}

void GuideView::clear()
{
    showMessage(tr("Choose an item to see its guide."));
}

} // namespace OneWindow::Ui
