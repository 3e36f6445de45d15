#include "core/model/Case.h"

namespace netdesk {

std::optional<int> Case::ageYears() const
{
    if (!patient.birthDate || !assessmentDate.isValid())
        return std::nullopt;
    const QDate birth = *patient.birthDate;
    int years = assessmentDate.year() - birth.year();
    if (assessmentDate.month() < birth.month() ||
        (assessmentDate.month() == birth.month() && assessmentDate.day() < birth.day()))
        --years;
    return years;
}

} // namespace netdesk
