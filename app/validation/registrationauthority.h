#pragma once

#include <QChar>

#include <span>

namespace OneWindow::Validation::Internal {

/// A registration authority of GB 32100-2015 (position 1 of a credit code) and the
/// organisation categories (position 2) it uses. GB 32100-2015 itself lists 1 (机构编制),
/// 5 (民政), 9 (工商) and Y (其他); the national code centre (全国组织机构统一社会信用代码
/// 数据服务中心) has since assigned 2, 3, 4, 6, 7, 8, A and N. docs/validation.md has the table.
struct RegistrationAuthority
{
    char16_t code;
    const char16_t *categories;
};

std::span<const RegistrationAuthority> registrationAuthorities();
const RegistrationAuthority *findRegistrationAuthority(QChar code);

} // namespace OneWindow::Validation::Internal
