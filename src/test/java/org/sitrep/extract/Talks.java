package org.sitrep.extract;

/** One news sentence, that delegations returned to the capital for talks, in the languages the tests read. */
final class Talks {
    static final String ENGLISH = "The delegations returned to the capital on Tuesday for talks that were said to be "
            + "close to an agreement, and officials from both sides said they would meet again in a week.";
    static final String GERMAN = "Die Delegationen sind am Dienstag in die Hauptstadt zurückgekehrt, wo die Gespräche "
            + "nach Angaben beider Seiten auf eine Einigung zulaufen. Sie wollen sich in einer Woche wieder treffen.";
    static final String SPANISH = "Las delegaciones regresaron el martes a la capital para las conversaciones, que según "
            + "los funcionarios de ambas partes están cerca de un acuerdo y se reunirán de nuevo en una semana.";
    static final String FRENCH = "Les délégations sont revenues mardi dans la capitale pour des pourparlers qui, selon des "
            + "responsables des deux camps, sont proches d’un accord. « Nous avançons », a déclaré un médiateur.";
    static final String POLISH = "Delegacje wróciły we wtorek do stolicy na rozmowy, które według urzędników obu stron są "
            + "bliskie porozumienia. Spotkają się ponownie za tydzień, powiedział mediator łącznie z zastępcą.";
    static final String ARABIC = "قال مسؤولون يوم الثلاثاء إن الوفود عادت إلى العاصمة لإجراء محادثات قريبة من اتفاق، "
            + "وأضافوا أن الجانبين سيلتقيان مجددا بعد أسبوع في العاصمة نفسها.";
    static final String PERSIAN = "گفت‌وگوها روز سه‌شنبه در پایتخت از سر گرفته شد و هیئت‌ها به توافق نزدیک هستند";
    static final String RUSSIAN = "Делегации вернулись в столицу во вторник для переговоров, которые, по словам чиновников "
            + "обеих сторон, близки к соглашению. Они намерены снова встретиться через неделю в том же составе.";
    static final String UKRAINIAN = "Делегації повернулися до столиці у вівторок для переговорів, які були близькі до угоди";
    static final String GREEK = "Οι αντιπροσωπείες επέστρεψαν στην πρωτεύουσα την Τρίτη για συνομιλίες που, σύμφωνα με "
            + "αξιωματούχους και των δύο πλευρών, βρίσκονται κοντά σε συμφωνία.";
    static final String HEBREW = "המשלחות חזרו לבירה ביום שלישי לשיחות שלדברי פקידים משני הצדדים קרובות להסכם, והן "
            + "מתכוונות להיפגש שוב בעוד שבוע.";
    static final String CHINESE = "代表团周二返回首都举行会谈";
    static final String JAPANESE = "代表団は火曜日に首都に戻り、協議を行った";

    private Talks() {
    }
}
