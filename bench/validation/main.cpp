// Times what the intake form does on every keystroke: validate the value typed so far. Each
// value is typed one character at a time and every prefix is checked, as the form would, and
// each check is timed on its own. Also times loading the division table (once per process)
// and listing a province's cities (one combo box). Prints one JSON line; times in microseconds.

#include "benchsupport.h"
#include "validation/creditcode.h"
#include "validation/masking.h"
#include "validation/phonenumber.h"
#include "validation/postalcode.h"
#include "validation/regions.h"
#include "validation/residentid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Validation;

namespace {

// Enough keystrokes for a stable p99 while the run stays under a second.
constexpr int passes = 2000;

double microseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e3;
}

/// Times `check` on every prefix of every value, `passes` times over.
QJsonObject timeTyping(const QStringList &values, const std::function<bool(const QString &)> &check)
{
    std::vector<double> samples;
    int sink = 0;
    for (int pass = 0; pass < passes; ++pass) {
        for (const QString &value : values) {
            for (qsizetype length = 1; length <= value.size(); ++length) {
                const QString typed = value.left(length);
                QElapsedTimer timer;
                timer.start();
                sink += check(typed) ? 1 : 0;
                samples.push_back(microseconds(timer));
            }
        }
    }
    QJsonObject result = Bench::toJson(Bench::distribution(std::move(samples)));
    result.insert(u"valid"_s, sink / passes);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rssBefore = Bench::residentKiB();
    QElapsedTimer load;
    load.start();
    const Regions &regions = Regions::shared();
    const double loadMs = Bench::elapsedMs(load);
    Bench::trimHeap();
    const qint64 rssAfter = Bench::residentKiB();

    std::vector<double> childSamples;
    qsizetype cities = 0;
    for (int pass = 0; pass < 200; ++pass) {
        for (const Region &province : regions.children(u"")) {
            QElapsedTimer timer;
            timer.start();
            cities += regions.children(province.code).size();
            childSamples.push_back(microseconds(timer));
        }
    }

    const QDate today(2025, 6, 1);
    const ResidentIdValidator ids(regions);
    const CreditCodeValidator codes(regions);
    QJsonObject report;
    report.insert(u"benchmark"_s, u"validation"_s);
    report.insert(u"regions_load_ms"_s, Bench::roundMs(loadMs));
    report.insert(u"regions_count"_s, regions.size());
    report.insert(u"regions_rss_kib"_s, rssAfter - rssBefore);
    QJsonObject children = Bench::toJson(Bench::distribution(std::move(childSamples)));
    children.insert(u"cities"_s, qint64(cities / 200));
    report.insert(u"regions_children_us"_s, children);
    report.insert(u"resident_id_us"_s,
                  timeTyping({ u"440106199001011235"_s, u"11010519491231002x"_s, u"440106199902301234"_s },
                             [&](const QString &v) { return ids.check(v, today).isValid(); }));
    report.insert(u"credit_code_us"_s,
                  timeTyping({ u"91350100M000100Y43"_s, u"9144030071526726xg"_s },
                             [&](const QString &v) { return codes.check(v).isValid(); }));
    report.insert(u"phone_us"_s, timeTyping({ u"+86 138 1234 5678"_s, u"020-12345678转801"_s }, [](const QString &v) {
                      return PhoneValidator::check(v).isValid();
                  }));
    report.insert(u"postal_code_us"_s, timeTyping({ u"510620"_s }, [](const QString &v) {
                      return PostalCodeValidator::check(v).isValid();
                  }));
    report.insert(u"mask_name_us"_s,
                  timeTyping({ u"欧阳娜娜"_s }, [](const QString &v) { return !Masking::personName(v).isEmpty(); }));
    Bench::printJson(report);
    Bench::summary() << "regions: " << regions.size() << " loaded in " << Bench::roundMs(loadMs) << " ms, +"
                     << (rssAfter - rssBefore) << " KiB resident; validators: see resident_id_us etc. (microseconds)"
                     << Qt::endl;
    return 0;
}
