package gapwatch.crawl;

import java.net.UnknownHostException;

/**
 * Thrown from DNS resolution or connection when a host resolves to an address that may not be
 * fetched. A subclass of {@link UnknownHostException} because that is what HTTP clients expect from
 * name resolution.
 */
final class ForbiddenAddressException extends UnknownHostException {
  private static final long serialVersionUID = 1L;

  ForbiddenAddressException(String message) {
    super(message);
  }
}
