#include "core/lexicon/common_words.h"

#include <string>
#include <unordered_set>

namespace synoptic::lexicon {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// The list of `language` among the five kept by hand; none for the others.
const WordSet& of_language(std::string_view language, const WordSet& kk, const WordSet& ru, const WordSet& tr,
                           const WordSet& ar, const WordSet& en) {
    static const WordSet none;
    if (language == "kk") return kk;
    if (language == "ru") return ru;
    if (language == "tr") return tr;
    if (language == "ar") return ar;
    if (language == "en") return en;
    return none;
}

const WordSet& function_words(std::string_view language) {
    static const WordSet kk = {"бұл", "ол", "олар", "үшін", "екен", "екенін", "мен", "сен", "біз", "сіз", "осы", "сол", "бұған",
        "оның", "оған", "содан", "сондай", "және", "да", "де", "та", "те", "бен", "пен", "мен",
        "үшін", "туралы", "бойынша", "арасында", "арасындағы", "кейін", "дейін", "бері", "ал",
        "бірақ", "егер", "әрі", "не", "я", "сондықтан", "алайда", "деп", "деді", "екі", "бір",
        "тек", "жылы", "кезінде", "осындай", "барысында", "айтуынша", "ақпараты", "мәліметі",
        "оның", "бар", "жоқ", "еді", "болды", "болып", "емес", "ғана", "сияқты", "қазір"};
    static const WordSet ru = {"и", "в", "во", "не", "на", "с", "со", "по", "к", "ко", "о", "об", "от",
        "до", "из", "за", "для", "при", "что", "как", "это", "эти", "этот", "эта", "тот", "та", "те",
        "он", "она", "оно", "они", "мы", "вы", "я", "его", "ее", "их", "но", "а", "или", "же", "ли",
        "бы", "также", "так", "уже", "еще", "по", "после", "между", "в", "со", "своей", "стороны",
        "даже", "при", "однако", "кроме", "поэтому", "тем", "того", "этом", "этого", "до", "без",
        "когда", "где", "который", "которая", "которые", "все", "всех", "ни", "нет", "да", "то",
        "здесь", "там", "сам", "сама", "сами", "свои", "свой", "по-прежнему", "отказ"};
    static const WordSet tr = {"ve", "ile", "bu", "şu", "o", "bir", "da", "de", "ki", "için", "gibi",
        "ama", "fakat", "ancak", "veya", "ya", "daha", "en", "çok", "her", "iki", "olarak", "olan",
        "bu", "sonra", "önce", "kadar", "göre", "arasında", "arasındaki", "ise", "hem", "ne",
        "açıklamada", "kaynak", "biz", "siz", "onlar", "ben", "sen", "müzakerelerde", "görüşmeler"};
    static const WordSet ar = {"في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "ان", "إن", "هذا",
        "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "و", "أو", "او", "ثم", "قد", "لا", "لم",
        "لن", "ما", "كان", "كانت", "هو", "هي", "هم", "بعد", "قبل", "بين", "حول", "منذ", "عند",
        "كل", "أي", "غير", "حتى", "لكن", "وقال", "قال", "قالت", "وقالت", "وأضاف", "أضاف", "كما"};
    static const WordSet en = {"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to",
        "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its",
        "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her",
        "their", "our", "not", "no", "very", "after", "before", "while", "when", "where", "which",
        "who", "what", "there", "here", "also", "both", "today", "yesterday", "tomorrow"};
    return of_language(language, kk, ru, tr, ar, en);
}

const WordSet& title_words(std::string_view language) {
    static const WordSet kk = {"министр", "министрі", "президент", "президенті", "президентінің",
        "басшысы", "төраға", "төрағасы", "өкілі", "елші", "елшісі", "премьер", "агенттігі",
        "агенттігінің", "хатшысы", "кеңесшісі", "депутат", "спикер"};
    static const WordSet ru = {"министр", "министра", "министром", "президент", "президента",
        "глава", "главы", "председатель", "посол", "посланник", "советник", "премьер",
        "спикер", "генерал", "депутат", "агентство", "агентства", "фото"};
    static const WordSet tr = {"bakan", "bakanı", "bakanlığı", "bakanlığın", "bakanlık", "başkan", "başkanı", "cumhurbaşkanı",
        "büyükelçi", "büyükelçisi", "temsilci", "temsilcisi", "sözcü", "sözcüsü", "başbakan",
        "genel", "sekreter", "dışişleri", "son", "dakika", "özel"};
    static const WordSet ar = {"وزير", "الوزير", "رئيس", "الرئيس", "سفير", "السفير", "المتحدث",
        "مستشار", "مبعوث", "المبعوث", "الشيخ", "السيد", "الملك", "الأمير", "وكالة"};
    static const WordSet en = {"minister", "president", "secretary", "ambassador", "envoy", "adviser",
        "advisor", "spokesman", "spokeswoman", "chairman", "prime", "foreign", "mr", "mrs", "ms",
        "dr", "general", "news", "agency", "special"};
    return of_language(language, kk, ru, tr, ar, en);
}

const WordSet& credit_labels(std::string_view language) {
    static const WordSet kk = {"фото", "сурет", "суреттер", "автор", "авторы", "дереккөз", "видео"};
    static const WordSet ru = {"фото", "автор", "источник", "редактор", "видео"};
    static const WordSet tr = {"kaynak", "foto", "fotoğraf", "yazar", "editör", "video"};
    static const WordSet ar = {"المصدر", "تصوير", "صورة", "الكاتب", "تحرير", "فيديو"};
    static const WordSet en = {"photo", "photos", "source", "by", "author", "credit", "reporting", "editing", "video"};
    return of_language(language, kk, ru, tr, ar, en);
}

} // namespace

bool is_credit_label(std::string_view norm, std::string_view language) {
    return credit_labels(language).count(norm) > 0;
}

bool is_function_word(std::string_view norm, std::string_view language) {
    return function_words(language).count(norm) > 0;
}

bool is_title_word(std::string_view norm, std::string_view language) {
    return title_words(language).count(norm) > 0;
}

} // namespace synoptic::lexicon
