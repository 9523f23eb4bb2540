#include "astronomy.h"

#include <array>
#include <cmath>
#include <numbers>

namespace OneWindow::Calendar::Astronomy {

namespace {

constexpr double kSynodicMonth = 29.530588861; // days, Meeus (49.1)
constexpr double kFirstNewMoonJde = 2451550.09766; // k = 0: 2000-01-06
constexpr double kBeijingOffsetDays = 8.0 / 24.0; // UTC+8, no daylight saving since 1991
constexpr double kMinutesPerDay = 24.0 * 60.0;

double sinDeg(double degrees)
{
    return std::sin(degrees * std::numbers::pi / 180.0);
}

struct Term
{
    double coefficient;
    int moonAnomaly; // multiples of M'
    int sunAnomaly; // multiples of M
    int latitude; // multiples of F
    int eccentricityPower; // E^n for terms that involve the sun's anomaly
};

// Meeus table 49.A, new moon column: the periodic terms in days.
constexpr std::array<Term, 24> kTerms { {
    { -0.40720, 1, 0, 0, 0 }, { 0.17241, 0, 1, 0, 1 },    { 0.01608, 2, 0, 0, 0 },  { 0.01039, 0, 0, 2, 0 },
    { 0.00739, 1, -1, 0, 1 }, { -0.00514, 1, 1, 0, 1 },   { 0.00208, 0, 2, 0, 2 },  { -0.00111, 1, 0, -2, 0 },
    { -0.00057, 1, 0, 2, 0 }, { 0.00056, 2, 1, 0, 1 },    { -0.00042, 3, 0, 0, 0 }, { 0.00042, 0, 1, 2, 1 },
    { 0.00038, 0, 1, -2, 1 }, { -0.00024, 2, -1, 0, 1 },  { -0.00007, 1, 2, 0, 0 }, { 0.00004, 2, 0, -2, 0 },
    { 0.00004, 0, 3, 0, 0 },  { 0.00003, 1, 1, -2, 0 },   { 0.00003, 2, 0, 2, 0 },  { -0.00003, 1, 1, 2, 0 },
    { 0.00003, 1, -1, 2, 0 }, { -0.00002, 1, -1, -2, 0 }, { -0.00002, 3, 1, 0, 0 }, { 0.00002, 4, 0, 0, 0 },
} };

// Meeus's additional corrections (planetary arguments A1..A14): {A at k = 0, change per lunation, coefficient}.
constexpr std::array<std::array<double, 3>, 14> kPlanetary { {
    { 299.77, 0.107408, 0.000325 },
    { 251.88, 0.016321, 0.000165 },
    { 251.83, 26.651886, 0.000164 },
    { 349.42, 36.412478, 0.000126 },
    { 84.66, 18.206239, 0.000110 },
    { 141.74, 53.303771, 0.000062 },
    { 207.14, 2.453732, 0.000060 },
    { 154.84, 7.306860, 0.000056 },
    { 34.52, 27.261239, 0.000047 },
    { 207.19, 0.121824, 0.000042 },
    { 291.34, 1.844379, 0.000040 },
    { 161.72, 24.198154, 0.000037 },
    { 239.56, 25.513099, 0.000035 },
    { 331.55, 3.592518, 0.000023 },
} };

// Julian Ephemeris Day (TT) of the k-th new moon after 2000-01-06.
double newMoonJde(int k)
{
    const double T = k / 1236.85; // Julian centuries from J2000
    const double T2 = T * T, T3 = T2 * T, T4 = T3 * T;
    double jde = kFirstNewMoonJde + kSynodicMonth * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
    const double E = 1.0 - 0.002516 * T - 0.0000074 * T2; // the eccentricity of Earth's orbit
    const double M = 2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3;
    const double Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
    const double F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
    const double omega = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
    for (const Term &term : kTerms)
        jde += term.coefficient * std::pow(E, term.eccentricityPower)
            * sinDeg(term.moonAnomaly * Mp + term.sunAnomaly * M + term.latitude * F);
    jde += -0.00017 * sinDeg(omega);
    for (std::size_t i = 0; i < kPlanetary.size(); ++i) {
        double argument = kPlanetary[i][0] + kPlanetary[i][1] * k;
        if (i == 0)
            argument -= 0.009173 * T2;
        jde += kPlanetary[i][2] * sinDeg(argument);
    }
    return jde;
}

} // namespace

double deltaTSeconds(double year)
{
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

NewMoon newMoonNear(QDate near)
{
    // Julian Day at the start of `near` (QDate's Julian day number counts from noon).
    const double jd = static_cast<double>(near.toJulianDay()) - 0.5;
    const int k = static_cast<int>(std::lround((jd - kFirstNewMoonJde) / kSynodicMonth));
    const double jde = newMoonJde(k);
    const double year = 2000.0 + (jde - 2451545.0) / 365.25;
    const double beijing = jde - deltaTSeconds(year) / 86400.0 + kBeijingOffsetDays + 0.5; // days, 0 at midnight
    const double day = std::floor(beijing);
    const double minutes = (beijing - day) * kMinutesPerDay;
    return NewMoon { QDate::fromJulianDay(static_cast<qint64>(day)), std::min(minutes, kMinutesPerDay - minutes) };
}

std::optional<QDate> qingming(int year)
{
    if (year < 2000 || year > 2099)
        return std::nullopt;
    const int y = year % 100;
    const int day = static_cast<int>(std::floor(y * 0.2422 + 4.81)) - y / 4;
    return QDate(year, 4, day);
}

} // namespace OneWindow::Calendar::Astronomy
