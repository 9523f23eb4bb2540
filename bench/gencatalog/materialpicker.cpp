#include "materialpicker.h"

#include <utility>

#include <QVarLengthArray>

#include "materialpool.h"
#include "seededrandom.h"

using namespace Qt::StringLiterals;

namespace OneWindow::GenCatalog {

namespace {

constexpr int minMaterials = 2;
constexpr int maxMaterials = 8;

QStringList formCodes(quint8 forms)
{
    QStringList codes;
    if (forms & Original)
        codes.append(u"original"_s);
    if (forms & Copy)
        codes.append(u"copy"_s);
    if (forms & Electronic)
        codes.append(u"electronic"_s);
    return codes;
}

Material fromPool(int poolIndex)
{
    const MaterialPart &part = materialParts()[poolIndex];
    Material material;
    material.id = QString::asprintf("m%03d", poolIndex + 1);
    material.name = part.name.toString();
    material.forms = formCodes(part.forms);
    material.type = part.type.toString();
    material.copies = part.copies;
    material.necessity = part.necessity.toString();
    material.condition = part.condition.toString();
    material.notes = part.notes.toString();
    if (part.hasBlankForm) {
        material.blankForm = material.name + u"（空白表）"_s;
        material.sample = material.name + u"（填写示范）"_s;
    }
    return material;
}

Material applicationForm(const QString &itemShortName)
{
    Material form;
    form.id = u"m000"_s;
    form.name = itemShortName + u"申请表"_s;
    form.forms = QStringList { u"original"_s, u"electronic"_s };
    form.type = u"form"_s;
    form.copies = 1;
    form.necessity = u"required"_s;
    form.notes = u"申请人签字（盖章）"_s;
    form.blankForm = form.name + u"（空白表）"_s;
    form.sample = form.name + u"（填写示范）"_s;
    return form;
}

} // namespace

QList<Material> pickMaterials(QRandomGenerator &random, Applicant applicant, DepartmentId department,
                              const QString &itemShortName)
{
    const int identity
        = applicant == Applicant::Organisation ? organisationIdentityMaterial() : personIdentityMaterial();
    const quint8 domains = materialDomains(department);
    const auto pool = materialParts();
    QVarLengthArray<int, 64> candidates;
    for (int i = 0; i < int(pool.size()); ++i) {
        const Applicant fits = pool[i].applicant;
        if (i != identity && (fits == applicant || fits == Applicant::Either) && (pool[i].domains & domains))
            candidates.append(i);
    }

    // the lower of two draws: most real guides list three to five materials, a few list eight
    const int drawn = qMin(between(random, minMaterials, maxMaterials), between(random, minMaterials, maxMaterials));
    const int count = qMin(drawn, 2 + int(candidates.size()));
    QList<Material> materials;
    materials.reserve(count);
    materials.append(applicationForm(itemShortName));
    materials.append(fromPool(identity));
    // partial Fisher-Yates: each candidate at most once
    for (int i = 0; materials.size() < count; ++i) {
        const int j = i + random.bounded(int(candidates.size()) - i);
        std::swap(candidates[i], candidates[j]);
        materials.append(fromPool(candidates[i]));
    }
    return materials;
}

} // namespace OneWindow::GenCatalog
