#pragma once

#include <initializer_list>
#include <span>

#include <QStringView>

#include "departments.h"

namespace OneWindow::GenCatalog {

/// Who applies for an item; it decides qualifiers, identity materials and the intake form.
enum class Applicant { Person, Organisation, Either };

/// Index into actionParts(); an object lists the actions that make a real item name with it.
enum ActionId {
    Apply, // 申领
    Change, // 变更
    Cancel, // 注销
    Reissue, // 补领
    Replace, // 换领
    File, // 备案
    Register, // 登记
    Recognise, // 认定
    Approve, // 核准
    Authorise, // 审批
    Extend, // 延续
    Endorse, // 签注
    Issue, // 核发
    Enrol, // 首次注册
    Request, // 申请
    Pay, // 发放
    Grant, // 给付
    Reimburse, // 报销
    Transfer, // 转移接续
    Suspend, // 暂停
    Resume, // 恢复
    Correct, // 更正
    Certify, // 开具
    Query, // 查询
    Inspect, // 校验
    Assess, // 鉴定
    Review, // 审查
    Check, // 检查
    Withdraw, // 提取
    Grade, // 评定
    ActionCount
};

constexpr quint32 actionMask(std::initializer_list<ActionId> actions)
{
    quint32 mask = 0;
    for (ActionId action : actions)
        mask |= 1u << action;
    return mask;
}

struct ActionPart
{
    QStringView name;
    /// itemType code the action implies (审批 is a 许可 whatever the object); empty = the object's
    QStringView itemType;
    /// true when the result is the object's document itself (补领 gives back the certificate)
    bool yieldsDocument;
    /// what the citizen receives when the object has no document of its own
    QStringView resultName;
    /// the word people type instead of the official verb; empty when there is none
    QStringView keyword;
};

/// The thing an item is about: a certificate, a benefit, a licence, a registration.
struct ObjectPart
{
    QStringView name;
    DepartmentId department;
    QStringView itemType;
    Applicant applicant;
    quint32 actions; ///< actionMask of the actions that fit
    QStringView document; ///< what is issued, empty if nothing is
    QStringView keywords; ///< separated by 、
    QStringView law;
};

/// A parenthesised name suffix: who applies (个人, 企业) or how (告知承诺制).
struct QualifierPart
{
    QStringView name;
    Applicant applicant; ///< Either = fits every item
    /// names a group of people a benefit is for (退役军人, 重度残疾人); only fits welfare departments' items
    bool welfareOnly = false;
};

std::span<const ActionPart> actionParts();
std::span<const ObjectPart> objectParts();
std::span<const QualifierPart> qualifierParts();
std::span<const QStringView> streetNames();
std::span<const QStringView> communityNames();

} // namespace OneWindow::GenCatalog
