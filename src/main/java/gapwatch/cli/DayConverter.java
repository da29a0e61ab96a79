package gapwatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a day option ({@code 2024-09-30}), saying what a day looks like when it is not one. */
final class DayConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a day like 2024-09-30");
    }
  }
}
