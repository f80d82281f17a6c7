package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One row of a scenario table, written as the split it describes:
 *
 * <pre>
 *   A B C | D E                         => keep A B C
 *   A B | C D (self C)                  => down C D [DownReachable]
 *   A B C D E ; B-x-D                   => down B D [DownIndirectlyConnected]
 *   A@3 B C:joining | D/db              => ...
 * </pre>
 *
 * <p>Sides are separated by {@code |}: members talk freely within a side and not at all across.
 * {@code X-x-Y} breaks the link between two members of one side; {@code X-x>Y} only makes X's
 * detector lose Y. A member is {@code NAME}, optionally {@code :status} (Up by default),
 * {@code @upNumber} (alphabetical order by default: A is the oldest) and {@code /role}s. The
 * view is that of {@code self} (the first member by default): the records of every member it
 * can exchange gossip with, directly or through others, who have also all seen its gossip.
 * The outcome is {@code keep NAMES} (everyone else downable is downed), {@code down NAMES},
 * {@code down all} or {@code keep all}, optionally followed by the decision's name in brackets.
 */
record Scenario(String row, SbrView view, Set<UniqueAddress> expectedDown,
    Optional<String> expectedDecision, Map<UniqueAddress, String> names) {

  private static final Pattern TOKEN =
      Pattern.compile("([A-Z][A-Za-z0-9]*)(?::([a-z]+))?(?:@(\\d+))?((?:/[a-z0-9-]+)*)");
  private static final Pattern LINK =
      Pattern.compile("([A-Z][A-Za-z0-9]*)-x([->])([A-Z][A-Za-z0-9]*)");
  private static final Pattern SELF = Pattern.compile("\\(self ([A-Z][A-Za-z0-9]*)\\)");

  /** The address of the member called {@code name} in a row. */
  static UniqueAddress address(String name) {
    return new UniqueAddress(new HostAndPort("node-" + name.toLowerCase(), 7000), 1);
  }

  /** The view a situation (a row without its outcome) describes. */
  static SbrView view(String situation) {
    return parse(situation + " => keep all").view();
  }

  static Scenario parse(String row) {
    String[] halves = row.split("=>");
    if (halves.length != 2) {
      throw new IllegalArgumentException("row: '" + row + "' (expected: situation => outcome)");
    }
    String situation = halves[0];
    Matcher self = SELF.matcher(situation);
    Optional<String> selfName = self.find() ? Optional.of(self.group(1)) : Optional.empty();
    situation = SELF.matcher(situation).replaceAll("");
    String[] parts = situation.split(";");
    Map<String, Member> members = new LinkedHashMap<>();
    Map<String, Integer> sideOf = new LinkedHashMap<>();
    String[] sides = parts[0].split("\\|");
    for (int s = 0; s < sides.length; s++) {
      for (String token : sides[s].trim().split("\\s+")) {
        Member m = member(token, members.size());
        members.put(name(m), m);
        sideOf.put(name(m), s);
      }
    }
    Set<List<String>> blocked = new HashSet<>();
    for (int i = 1; i < parts.length; i++) {
      for (String link : parts[i].trim().split("\\s+")) {
        Matcher l = LINK.matcher(link);
        if (!l.matches()) {
          throw new IllegalArgumentException("link: '" + link + "' (expected: X-x-Y or X-x>Y)");
        }
        blocked.add(List.of(l.group(1), l.group(3)));
        if (l.group(2).equals("-")) {
          blocked.add(List.of(l.group(3), l.group(1)));
        }
      }
    }
    String me = selfName.orElse(members.keySet().iterator().next());
    SbrView view = view(me, members, sideOf, blocked);
    Map<UniqueAddress, String> names = members.keySet().stream()
        .collect(Collectors.toMap(Scenario::address, n -> n));
    String outcome = halves[1].trim();
    Optional<String> decision = Optional.empty();
    if (outcome.endsWith("]")) {
      int open = outcome.lastIndexOf('[');
      decision = Optional.of(outcome.substring(open + 1, outcome.length() - 1));
      outcome = outcome.substring(0, open).trim();
    }
    return new Scenario(row, view, expected(outcome, view, members), decision, names);
  }

  private static Member member(String token, int index) {
    Matcher t = TOKEN.matcher(token);
    if (!t.matches()) {
      throw new IllegalArgumentException(
          "member: '" + token + "' (expected: NAME[:status][@upNumber][/role...])");
    }
    MemberStatus status = t.group(2) == null ? MemberStatus.UP : MemberStatus.parse(t.group(2));
    boolean everUp = status != MemberStatus.JOINING && status != MemberStatus.WEAKLY_UP;
    int upNumber = t.group(3) != null
        ? Integer.parseInt(t.group(3))
        : everUp ? t.group(1).charAt(0) - 'A' + 1 : Member.NOT_UP;
    Set<String> roles = Arrays.stream(t.group(4).split("/"))
        .filter(r -> !r.isEmpty())
        .collect(Collectors.toSet());
    return new Member(address(t.group(1)), status, upNumber, "dc1", "rack1", roles);
  }

  private static String name(Member m) {
    String host = m.uniqueAddress().address().host();
    return host.substring("node-".length()).toUpperCase();
  }

  /** What {@code me} knows: records of its gossip partners, who have all seen its gossip. */
  private static SbrView view(String me, Map<String, Member> members,
      Map<String, Integer> sideOf, Set<List<String>> blocked) {
    Set<String> component = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(me));
    while (!todo.isEmpty()) {
      String x = todo.pop();
      if (component.add(x)) {
        for (String y : members.keySet()) {
          if (reaches(x, y, sideOf, blocked) && reaches(y, x, sideOf, blocked)) {
            todo.push(y);
          }
        }
      }
    }
    Set<UnreachableObservation> records = new HashSet<>();
    for (String observer : component) {
      for (String subject : members.keySet()) {
        if (!observer.equals(subject) && !reaches(observer, subject, sideOf, blocked)) {
          records.add(new UnreachableObservation(address(observer), address(subject)));
        }
      }
    }
    Set<UniqueAddress> seen = component.stream().map(Scenario::address).collect(Collectors.toSet());
    return SbrView.of(address(me), members.values(), records, seen);
  }

  private static boolean reaches(
      String x, String y, Map<String, Integer> sideOf, Set<List<String>> blocked) {
    return sideOf.get(x).equals(sideOf.get(y)) && !blocked.contains(List.of(x, y));
  }

  private static Set<UniqueAddress> expected(
      String outcome, SbrView view, Map<String, Member> members) {
    List<String> words = new ArrayList<>(Arrays.asList(outcome.split("\\s+")));
    String verb = words.remove(0);
    Set<UniqueAddress> named = new HashSet<>();
    if (words.equals(List.of("all"))) {
      named.addAll(view.downable());
    } else {
      for (String w : words) {
        if (!members.containsKey(w)) {
          throw new IllegalArgumentException("outcome: unknown member '" + w + "'");
        }
        named.add(address(w));
      }
    }
    return switch (verb) {
      case "down" -> named;
      case "keep" -> {
        Set<UniqueAddress> rest = new HashSet<>(view.downable());
        rest.removeAll(named);
        yield rest;
      }
      default -> throw new IllegalArgumentException(
          "outcome: '" + outcome + "' (expected: keep NAMES, down NAMES, down all or keep all)");
    };
  }

  /** Asserts that {@code strategy}, deciding from this row's view, gives this row's outcome. */
  void assertDecidedBy(DowningStrategy strategy) {
    DowningDecision decision = strategy.decide(view);
    Set<UniqueAddress> down = decision.nodesToDown(view);
    assertThat(names(down))
        .as("%s: %s decided %s", row, strategy, decision)
        .isEqualTo(names(expectedDown));
    expectedDecision.ifPresent(d -> assertThat(decision.toString())
        .as("%s: decision of %s", row, strategy)
        .isEqualTo(d));
  }

  /** Member names in address order, for readable failures. */
  Set<String> names(Set<UniqueAddress> addresses) {
    return addresses.stream().map(names::get).collect(Collectors.toCollection(TreeSet::new));
  }
}
