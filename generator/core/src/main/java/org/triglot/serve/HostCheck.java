package org.triglot.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host names a preview request may carry in its {@code Host} header: {@code localhost}, the
 * loopback addresses, and the address the server is bound to (all of this machine's addresses when
 * it is bound to the wildcard address). Anything else is a request made for another name that
 * merely resolves here, which is how DNS rebinding lets a web page read a local server.
 */
final class HostCheck {
  private final Set<String> names;

  private HostCheck(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  static HostCheck forBinding(InetAddress bind) {
    Set<String> names =
        new TreeSet<>(
            List.of(
                "localhost",
                "127.0.0.1",
                literal(InetAddress.getLoopbackAddress()),
                canonical("[::1]")));
    if (bind.isAnyLocalAddress()) {
      try {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress address : Collections.list(face.getInetAddresses())) {
            names.add(literal(address));
          }
        }
      } catch (SocketException e) {
        // only the loopback names then
      }
    } else if (!bind.isLoopbackAddress()) {
      names.add(literal(bind));
    }
    return new HostCheck(names);
  }

  /** An address as a URL writes it: {@code 192.168.1.20}, {@code [fe80::1]} (no zone). */
  static String literal(InetAddress address) {
    String text = address.getHostAddress();
    int zone = text.indexOf('%');
    if (zone >= 0) {
      text = text.substring(0, zone);
    }
    return address instanceof Inet6Address ? "[" + text + "]" : text;
  }

  /** Whether a request's {@code Host} header (its name, and port if given) names this server. */
  boolean allows(String header, int port) {
    if (header == null) {
      return false;
    }
    String host = header.strip().toLowerCase(Locale.ROOT);
    String name = host;
    String givenPort = "";
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      if (end < 0) {
        return false;
      }
      name = host.substring(0, end + 1);
      givenPort = host.substring(end + 1);
    } else if (host.indexOf(':') >= 0) {
      name = host.substring(0, host.indexOf(':'));
      givenPort = host.substring(host.indexOf(':'));
    }
    if (!givenPort.isEmpty() && !givenPort.equals(":" + port)) {
      return false;
    }
    return names.contains(canonical(name));
  }

  /**
   * An IP literal in {@link #literal}'s form ({@code [::1]} and {@code [0:0:0:0:0:0:0:1]} are one
   * address); any other name as it is. Only literals are parsed, so nothing is looked up.
   */
  private static String canonical(String name) {
    return parseLiteral(name).map(HostCheck::literal).orElse(name);
  }

  /**
   * An IP address written as a literal: dotted IPv4, or IPv6 with or without brackets. Anything
   * else, a host name included, is empty: nothing is ever looked up.
   */
  static Optional<InetAddress> parseLiteral(String text) {
    String name = text.strip();
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    boolean ipv4 = name.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    boolean ipv6 = name.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    if (!ipv4 && !ipv6) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(name));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
