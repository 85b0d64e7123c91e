#include "core/langid/language_profiles.h"

#include <sstream>

namespace synoptic {

namespace {

std::vector<std::string> list_of(const char* list) {
    std::vector<std::string> out;
    std::istringstream in(list);
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

std::unordered_set<std::string> words_of(const char* list) {
    std::unordered_set<std::string> out;
    std::istringstream in(list);
    std::string w;
    while (in >> w) out.insert(w);
    return out;
}

} // namespace

// Word lists: the most frequent function words of each language (pronouns,
// prepositions or postpositions, conjunctions, particles, auxiliaries), the
// kind any frequency list of news text starts with. Words two languages of
// one script share ("и" in ru/uk, "de" in fr/tr...) are left out of one of
// them or of both so that they do not blur the vote.
const std::vector<LanguageProfile>& language_profiles() {
    static const std::vector<LanguageProfile> profiles = {
        {"kk", Script::Cyrillic, false, U"әғқңөұүһ", 3.0, U"", U"ёъэщ", 0.3,
         words_of("мен және бен пен да де та те деп деді бұл ол осы сол бір үшін бойынша туралы "
                  "арасында арасындағы кейін дейін емес еді болды болып болса бар жоқ жылы жыл "
                  "қазақстан қр елі ел ретінде сондай-ақ сонымен қатар оның олар біз біздің сіз "
                  "мұны мұнда қалай неге кезде кезінде жаңа көп барлық өз өзі тағы әрі ал бірақ "
                  "немесе тиіс керек мүмкін атап айтты хабарлады жөнінде жағдайында жатыр"),
         list_of("тың тің дың дің ның нің ған ген қан кен лар лер дар дер тар тер ды ді ты ті сы сі уы уі ла ле мыз міз"), list_of("")},
        {"uk", Script::Cyrillic, false, U"їєґ", 3.0, U"і", U"ыэъё", 1.0,
         words_of("і й та що це як не на до від для за про із зі але або його її їх вони він вона "
                  "ми ви є був була було були буде також якщо коли де тому щоб який яка яке які "
                  "цей ця ці свій після під над між через вже ще тільки більше дуже можна треба "
                  "україни україна року році"),
         list_of("ння ються ють ити ати ої ів ції ться"), list_of("")},
        {"ru", Script::Cyrillic, true, U"", 0.0, U"ёъэ", U"әғқңөұүһіїєґ", 2.0,
         words_of("и в во не что он она оно они на я с со как а то все всё так его её их но да ты к "
                  "у же вы за бы по только ее мне было вот от меня еще ещё нет о из ему теперь когда "
                  "даже ну вдруг ли если уже или ни быть был была были него до вас нибудь опять уж "
                  "вам ведь там потом себя ничего ей может тут где есть надо ней для мы тебя чем "
                  "сам чтобы без будто чего раз тоже себе под будет ж тогда кто этот того потому "
                  "этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас куда зачем "
                  "всех никогда можно при наконец два об другой хоть после над больше тот через "
                  "эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой "
                  "перед иногда лучше чуть том нельзя такой им более всегда конечно всю между "
                  "также который которые которая которое это года году сообщил заявил словам"),
         list_of("ого ему ому ться ение ения ия ый ий ой ать ить ять ует ают ость ости ых их ов ам ями"), list_of("")},
        {"tr", Script::Latin, false, U"ğış", 3.0, U"çöü", U"äßéèêàâœ", 1.0,
         words_of("ve bir bu da de ile için olarak olan gibi daha çok ama en değil sonra kadar ki "
                  "veya ya mı mi olduğu olduğunu bu da şu o onun bunun ise ancak göre karşı arasında "
                  "yapılan yeni her iki tüm büyük ilk son yıl yılında tarafından üzere ayrıca "
                  "bunu şöyle dedi etti eden edildi oldu var yok nasıl neden hem"),
         list_of("lar ler ları leri ların lerin sı si su sü mak mek lık lik luk lük dır dir yor miş mış ması mesi ını ini nın nin dan den tan ten yla yle ca ce cı ci"), list_of("ğ ş ı")},
        {"de", Script::Latin, false, U"äß", 3.0, U"öü", U"ğışçœéè", 1.0,
         words_of("der die das und ist nicht zu den von mit sich des auf für im dem ein eine es auch "
                  "als an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem "
                  "über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde "
                  "sei ich wir ihr kann können muss diese dieser dieses wenn dann schon ob"),
         list_of("ung ungen keit heit lich isch chen schaft ieren iert ten tes ern"), list_of("sch ch ei ie tz")},
        {"fr", Script::Latin, false, U"éèêàâœùîôëû", 1.5, U"ç", U"ğışäß", 1.0,
         words_of("le la les de des et est un une du en que pour dans qui pas sur au ce il par avec "
                  "sont ne se plus aux son sa ses elle ils nous vous leur leurs cette ces mais ou "
                  "été être avoir fait comme tout tous aussi bien où sans sous après avant entre "
                  "lui"),
         list_of("eux aux ique ée ées és eur eurs oir ais ait aient ons ez"), list_of("qu eau oi")},
        {"en", Script::Latin, true, U"", 0.0, U"", U"ğışäßéèêàçœöü", 1.0,
         words_of("the of and to in is that for on with as was by it at from be this are have has "
                  "had not but or an a which were their they he she his her its been will would "
                  "there about into than more who what when after also can could should we you i "
                  "our us them said says between over only other some new after before being do "
                  "does did these those such no up out if so"),
         list_of("ing tion tions ed ly ness ship ous ity ies ers"), list_of("th wh sh")},
        {"ar", Script::Arabic, true, U"ةىإ", 0.5, U"يك", U"پچژگکی", 2.0,
         words_of("في من على أن إلى التي الذي عن مع هذا كان قد لا ما هذه بين أو إن ذلك بعد كما عند "
                  "حتى لم لن منذ خلال وفي ومن وقد وكان وهو وهي هو هي التى الى فى إنه أنه قبل عليه "
                  "كل ولا وأن لكن أي غير ثم حيث وقال قال وأضاف اليوم الذين هناك"),
         list_of("ات ية ين ون"), list_of("ال")},
        {"fa", Script::Arabic, false, U"پچژگکی\u200c", 3.0, U"", U"ةيكىأإؤ", 0.5,
         words_of("و در به از که این را با است برای آن یک تا می شود شده بود خود هم نیز اما یا "
                  "کرد کرده کند کنند دارد شد های ای او ما آنها ایران گفت پس بر بین وی همه دیگر"),
         list_of("های ها ی"), list_of("")},
    };
    return profiles;
}

} // namespace synoptic
