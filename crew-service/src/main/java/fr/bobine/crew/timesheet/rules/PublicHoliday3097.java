package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN IDCC 3097 Titre II art. 42: a worked public holiday +100 % (the recovery day is handled by the production office).
public final class PublicHoliday3097 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        return FrenchPublicHolidays.isHoliday(slot.date()) ? Optional.of(new Premium(PayItem.PUBLIC_HOLIDAY, 100))
                : Optional.empty();
    }
}
