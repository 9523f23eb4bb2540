#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "catalog/itemguide.h"

namespace OneWindow::Intake {

/// How the window received one material. Pending means nobody has looked yet: a case is not
/// accepted while a material that applies is pending, so nothing is skipped by accident.
enum class Provision {
    Pending,
    Original, ///< original seen and checked (原件已核验)
    Copy, ///< copies received (复印件)
    Electronic, ///< electronic licence or shared data (电子)
    Missing, ///< not brought: goes on the one-time notice
    Incorrect, ///< brought but not acceptable (expired, unclear, wrong form): goes on the notice with why
    NotApplicable, ///< a conditional or optional material that does not apply to this case
};

QString provisionName(Provision provision);
Provision provisionFromName(const QString &name);

/// The window's record of one material of the case.
struct MaterialRecord
{
    QString materialId;
    Provision provision = Provision::Pending;
    int copiesReceived = 0;
    QString problem; ///< why it is missing or incorrect, in the staff's words (printed on the notice)
    QStringList pages; ///< SHA-256 of captured pages, in order (filled by materials capture)

    QJsonObject toJson() const;
    static MaterialRecord fromJson(const QJsonObject &object);
    static MaterialRecord forMaterial(const QString &id);
};

/// A material the citizen still owes, with the reason, for the one-time notice (一次性告知书).
struct Shortfall
{
    QString materialId;
    QString name;
    QString reason;
};

/// The materials checklist of a case: the guide's materials (plus the agent's power of attorney
/// when an agent acts and the guide has no material for it), which of them apply given the form's
/// values, and what the window recorded for each. Pure logic over values: the model and the
/// screen sit on top of it, the server can run the same checks.
class Checklist
{
public:
    Checklist() = default;
    /// `agentField` is the form's "acts through an agent" field (empty if none); `authorization`
    /// is the material added, conditional on it, when the guide has no material for the agent's
    /// authorization (its wording is data: resources/intake/authorization.json).
    Checklist(QList<Catalog::MaterialInfo> materials, const QString &agentField,
              const Catalog::MaterialInfo &authorization);

    const QList<Catalog::MaterialInfo> &materials() const { return m_materials; }
    const Catalog::MaterialInfo *material(const QString &id) const;

    /// Whether the material applies for these form values. Conditional materials without a
    /// machine-readable condition apply until staff mark them not applicable.
    bool applies(const Catalog::MaterialInfo &material, const QJsonObject &values) const;
    bool isRequired(const Catalog::MaterialInfo &material) const;

    MaterialRecord record(const QString &id) const;
    void setRecord(const MaterialRecord &record);
    const QList<MaterialRecord> &records() const { return m_records; }

    /// Everything that applies and is not yet acceptable, with why (in Chinese on the notice:
    /// the reasons come from Text::tr and the staff's own words).
    QList<Shortfall> shortfalls(const QJsonObject &values) const;
    /// Applicable materials still pending (nobody has looked): they block every decision.
    QStringList pending(const QJsonObject &values) const;

    QJsonArray toJson() const;
    void restore(const QJsonArray &records);

private:
    QList<Catalog::MaterialInfo> m_materials;
    QString m_agentField;
    QList<MaterialRecord> m_records;
};

} // namespace OneWindow::Intake
