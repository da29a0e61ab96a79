package gapwatch.article;

import gapwatch.article.BlockReader.Block;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the short lines that sit inside an article's container without being its text:
 * bylines, datelines, photo captions and credits, calls to share or subscribe, "read more" labels
 * and agency credits. Each rule applies only to short blocks, so a paragraph that merely mentions a
 * newsletter stays. Stateless.
 */
final class BlockFilter {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final String MONTHS =
      "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?"
          + "|oct(ober)?|nov(ember)?|dec(ember)?";

  /** A date or a time of day, in the forms datelines use. */
  private static final Pattern DATE_OR_TIME =
      Pattern.compile(
          "(?i)\\b((19|20)\\d{2}|\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?|\\d{1,2}/\\d{1,2}/\\d{2,4}"
              + "|("
              + MONTHS
              + ")\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+("
              + MONTHS
              + "))\\b");

  /** Words a dateline is made of besides the date itself. */
  private static final Pattern DATELINE_WORDS =
      Pattern.compile(
          "(?iu)\\b(published|updated|posted|last|first|modified|on|at|by|am|pm|a\\.m|p\\.m|est|edt"
              + "|pst|pdt|gmt|utc|bst|cet|ist|et|pt|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?"
              + "|fri(day)?|sat(urday)?|sun(day)?|"
              + MONTHS
              + "|de|às|em|le|il|am|um|date|time|hours?|ago|minutes?|\\d+(st|nd|rd|th)?)\\b");

  private static final Pattern DATELINE_START =
      Pattern.compile(
          "(?iu)^(published|updated|posted|last updated|last modified|first published"
              + "|publicado|atualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato"
              + "|aggiornato)\\b");

  private static final Pattern BYLINE =
      Pattern.compile("(?iu)^(by|posted by|written by|words by|story by|von|por|par|di)\\s+\\S");

  private static final Phrases CREDIT =
      Phrases.of(
          "\\((image|photo|picture|pic|credit|source|foto|video)s?\\s*:[^)]*\\)\\s*$",
          "^(image|photo|picture|credit|photograph|foto|source|video)s?\\s*(:|by\\b)",
          "getty\\s*images",
          "shutterstock",
          "\\bap photo\\b",
          "\\(ap\\)$",
          "^©",
          "\\bphoto credit\\b",
          "\\bcredit:");

  private static final Phrases PROMOTION =
      Phrases.of(
          "sign up (for (our|the|a) \\S+ newsletter|here|now|today)",
          "subscribe (to|for|now|today)",
          "newsletters?\\b",
          "sharing is caring",
          "share (this|it) with",
          "share this (article|story|post)",
          "like this (story|article)\\?",
          "follow (us|me|him|her|them) on",
          "you (may|might) also like",
          "related (articles|stories|posts|content|coverage)",
          "don'?t miss",
          "^read (more|next|also)\\b",
          "more great \\w+ stories",
          "^popular on\\b",
          "click here",
          "^advert(isement)?$",
          "^also on \\S+\\.\\w+",
          "all rights reserved",
          "^copyright\\b",
          "\\(reporting by",
          "^reporting by",
          "editing by",
          "contributed (to )?(this )?report",
          "additional reporting",
          "tell us what you think",
          "requires javascript",
          "^have a tip\\b",
          "download (the|our) app",
          "^(comments?|share|caption|close|more)$",
          "^tempo de leitura",
          "reading time",
          "min(ute)? read$",
          "\\dmin(ute)? read$");

  private BlockFilter() {}

  /** Whether a block is page furniture rather than article text. */
  static boolean isFurniture(Block b) {
    if (b.chars() > 400) {
      return false; // every rule below is for short lines
    }
    String text = b.text().strip();
    int words = words(text);
    if (words <= 16 && isDateline(text)) {
      return true;
    }
    if (words <= 14 && BYLINE.matcher(text).lookingAt() && mostlyCapitalised(text)) {
      return true;
    }
    if (words > 45) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return (words <= 30 && CREDIT.in(lower)) || PROMOTION.in(lower);
  }

  private static boolean isDateline(String text) {
    if (!hasDigit(text) || text.contains("(@") || !DATE_OR_TIME.matcher(text).find()) {
      // "— Name (@handle) November 18, 2019" closes a quoted post; it is part of the quote
      return false;
    }
    if (DATELINE_START.matcher(text).lookingAt()) {
      return true;
    }
    String rest =
        DATELINE_WORDS.matcher(DATE_OR_TIME.matcher(text).replaceAll(" ")).replaceAll(" ");
    return words(rest) <= 3 && !text.endsWith(".");
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A byline names people: most of its words after "By" start with a capital letter. */
  private static boolean mostlyCapitalised(String text) {
    var m = WORD.matcher(text);
    int words = 0;
    int capitalised = 0;
    boolean first = true;
    while (m.find()) {
      if (first) {
        first = false;
        continue;
      }
      words++;
      if (Character.isUpperCase(m.group().codePointAt(0))
          || Character.isDigit(m.group().charAt(0))) {
        capitalised++;
      }
    }
    return words > 0 && capitalised * 10 >= words * 6;
  }

  /** The number of words (runs of letters and digits) in a text. */
  static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !inWord) {
        n++;
      }
      inWord = w;
    }
    return n;
  }
}
