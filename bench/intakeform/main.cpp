// Builds the intake form of a 60-field schema again and again, as the intake screen does when a
// case opens: editors for every type, a repeated group with entries, values set. Prints one JSON
// line: the time to build and fill one form (target: 20 ms).
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include "benchsupport.h"
#include "intake/formlevelview.h"
#include "intake/formschema.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;

namespace {

QJsonObject field(const QString &key, const QString &label, const QString &type, bool required = false)
{
    QJsonObject f { { u"key"_s, key }, { u"label"_s, label }, { u"type"_s, type } };
    if (required)
        f.insert(u"required"_s, true);
    if (type == u"choice"_s || type == u"multiChoice"_s)
        f.insert(u"options"_s, QJsonArray { u"是"_s, u"否"_s, u"不确定"_s, u"其他"_s });
    return f;
}

// 60 fields in all: 50 at the top (every type) and a group of 10.
QJsonObject schema()
{
    const QStringList types { u"text"_s,       u"number"_s, u"date"_s,       u"choice"_s, u"multiChoice"_s, u"phone"_s,
                              u"residentId"_s, u"uscc"_s,   u"postalCode"_s, u"bool"_s,   u"address"_s };
    QJsonArray fields;
    for (int i = 0; i < 49; ++i)
        fields.append(field(u"f%1"_s.arg(i), u"字段%1"_s.arg(i), types.at(i % types.size()), i % 3 == 0));
    QJsonArray members;
    for (int i = 0; i < 10; ++i)
        members.append(field(u"m%1"_s.arg(i), u"成员字段%1"_s.arg(i), types.at(i % 9), i < 3));
    QJsonObject group = field(u"members"_s, u"家庭成员"_s, u"group"_s);
    group.insert(u"fields"_s, members);
    fields.append(group);
    return { { u"fields"_s, fields } };
}

QJsonObject values()
{
    QJsonObject v;
    for (int i = 0; i < 49; i += 11)
        v.insert(u"f%1"_s.arg(i), u"张三"_s);
    QJsonArray entries;
    for (int e = 0; e < 3; ++e)
        entries.append(QJsonObject { { u"m0"_s, u"李四"_s } });
    v.insert(u"members"_s, entries);
    return v;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Intake::FormSchema form = Intake::FormSchema::fromJson(schema()).value();
    const QJsonObject filled = values();
    // Two figures: building and filling the widgets (what the target is about), and the first
    // show with its layout and polish, which the screen pays once per case as well.
    std::vector<double> builds;
    std::vector<double> shows;
    const int runs = 200;
    for (int run = 0; run < runs + 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto *view = new Ui::FormLevelView(form.fields());
        view->setValues(filled);
        const double built = Bench::elapsedMs(timer);
        view->resize(900, 700);
        view->show();
        const double shown = Bench::elapsedMs(timer);
        if (run >= 5) { // the first builds load fonts and styles once per process
            builds.push_back(built);
            shows.push_back(shown);
        }
        delete view;
        QCoreApplication::processEvents();
    }
    const Bench::Distribution build = Bench::distribution(builds);
    const Bench::Distribution shown = Bench::distribution(shows);
    Bench::printJson({ { u"benchmark"_s, u"intake-form-build"_s },
                       { u"fields"_s, form.fieldCount() },
                       { u"buildMs"_s, Bench::toJson(build) },
                       { u"buildAndShowMs"_s, Bench::toJson(shown) },
                       { u"targetMs"_s, 20 } });
    Bench::summary() << "form of " << form.fieldCount() << " fields: build p50 " << build.median << " ms, p99 "
                     << build.p99 << " ms; with first show p50 " << shown.median << " ms (target 20 ms)\n";
    return 0;
}
