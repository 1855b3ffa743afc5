// Domain rules of authorities (validation, registration chain, state machine,
// local administrator limits, etags, history, request ids, search paging),
// against an in-memory store: no database, no server.
#include "services/directory/authorities.h"

#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "libs/auth/roles.h"
#include "libs/status/error.h"
#include "tests/services/directory/fake_authority_store.h"

namespace imi::directory {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
namespace roles = auth::roles;

std::string Field(const absl::Status& s) {
  auto v = FieldViolations(s);
  return v.empty() ? "" : v[0].field;
}

AuthorityRecord Make(std::string id, AuthorityKind kind, std::string country, std::string name,
                     std::string language, std::string region = "") {
  AuthorityRecord r;
  r.id = std::move(id);
  r.kind = kind;
  r.country = std::move(country);
  r.level = region.empty() ? AuthorityLevel::kNational : AuthorityLevel::kRegional;
  r.region = std::move(region);
  r.names = {{std::move(language), std::move(name)}};
  r.state = AuthorityState::kActive;
  return r;
}

AreaAccess Area(std::string code, std::vector<std::string> professions = {}) {
  AreaAccess a;
  a.area = std::move(code);
  a.professions = std::move(professions);
  return a;
}

auth::Principal Who(std::string authority, std::string country, auth::RoleMap roles,
                    std::string user = "users/u") {
  return auth::Principal{.user = std::move(user),
                         .authority = "authorities/" + authority,
                         .country = std::move(country),
                         .roles = std::move(roles)};
}

class AuthoritiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.Put(Make("eu-1", AuthorityKind::kCommission, "EU", "European Commission", "en"));
    store_.Put(Make("dk-1", AuthorityKind::kNimic, "DK", "Erhvervsstyrelsen", "da"));
    store_.Put(Make("dk-2", AuthorityKind::kSdimic, "DK", "Region Hovedstaden", "da",
                    "Hovedstaden"));
    AuthorityRecord limic = Make("dk-3", AuthorityKind::kLimic, "DK", "Sikkerhedsstyrelsen", "da");
    limic.coordinator_area = "services";
    store_.Put(limic);
    AuthorityRecord ca = Make("dk-10", AuthorityKind::kCompetentAuthority, "DK", "Lægeforeningen",
                              "da", "Hovedstaden");
    ca.areas = {Area("services", {"physician"})};
    ca.areas[0].coordinators["REQUEST_COORDINATOR"] = "dk-1";
    ca.contact.email = "info@laeger.dk";
    store_.Put(ca);
    AuthorityRecord ca2 = Make("dk-11", AuthorityKind::kCompetentAuthority, "DK",
                               "Arkitektforeningen", "da", "Syddanmark");
    ca2.areas = {Area("professional-qualifications", {"architect"})};
    store_.Put(ca2);
    store_.Put(Make("se-1", AuthorityKind::kNimic, "SE", "Kommerskollegium", "sv"));
  }

  // Caller kinds used across tests.
  auth::Principal CommissionAdmin() {
    return Who("eu-1", "EU", {{"*", {roles::kSystemAdministrator}}}, "users/ec-admin");
  }
  auth::Principal CommissionCoordinator() {
    return Who("eu-1", "EU", {{"*", {roles::kAccessCoordinator}}}, "users/ec-coord");
  }
  auth::Principal CommissionHelpdesk() { return Who("eu-1", "EU", {{"*", {roles::kHelpdesk}}}); }
  auth::Principal DkNimic() {
    return Who("dk-1", "DK", {{"*", {roles::kAccessCoordinator}}}, "users/dk-nimic");
  }
  auth::Principal DkNimicRequestCoordinator() {
    return Who("dk-1", "DK", {{"*", {roles::kRequestCoordinator}}});
  }
  auth::Principal DkSdimic() {
    return Who("dk-2", "DK", {{"*", {roles::kAccessCoordinator}}}, "users/dk-sdimic");
  }
  auth::Principal DkLimic() {
    return Who("dk-3", "DK", {{"services", {roles::kAccessCoordinator}}}, "users/dk-limic");
  }
  auth::Principal SeNimic() { return Who("se-1", "SE", {{"*", {roles::kAccessCoordinator}}}); }
  auth::Principal LocalAdmin(const std::string& id) {
    return Who(id, "DK", {{"*", {roles::kLocalDataAdministrator}}}, "users/admin-" + id);
  }

  // A valid registration of `kind` in DK.
  CreateRequest Proposal(AuthorityKind kind, std::string region = "",
                         std::vector<std::string> areas = {}, std::string country = "DK") {
    CreateRequest c;
    c.authority = Make("", kind, country, country == "SE" ? "Myndighet" : "Myndighed",
                       country == "SE" ? "sv" : (country == "EU" ? "en" : "da"), region);
    for (auto& a : areas) c.authority.areas.push_back(Area(a));
    if (kind == AuthorityKind::kLimic) c.authority.coordinator_area = "services";
    return c;
  }

  testing::FakeAuthorityStore store_;
  Authorities authorities_{&store_};
};

// ---- Validation --------------------------------------------------------------

TEST(ValidateAuthorityTest, NamesTheFieldAtFault) {
  auto valid = Make("", AuthorityKind::kCompetentAuthority, "DK", "Sundhedsstyrelsen", "da");
  valid.contact = {"kontakt@sst.dk", "+45 72 22 74 00", "https://www.sst.dk/da"};
  valid.languages = {"da", "en"};
  ASSERT_TRUE(ValidateAuthority(valid, "authority").ok());

  struct Case {
    std::function<void(AuthorityRecord&)> change;
    std::string reason, field;
  };
  const std::vector<Case> cases = {
      {[](auto& r) { r.country = "XX"; }, "UNKNOWN_COUNTRY", "authority.country"},
      {[](auto& r) { r.country = "dk"; }, "UNKNOWN_COUNTRY", "authority.country"},
      {[](auto& r) { r.country = "EU"; }, "UNKNOWN_COUNTRY", "authority.country"},
      {[](auto& r) { r.country = ""; }, "REQUIRED_FIELD", "authority.country"},
      {[](auto& r) { r.kind = AuthorityKind::kUnspecified; }, "REQUIRED_FIELD", "authority.kind"},
      {[](auto& r) { r.names.clear(); }, "REQUIRED_FIELD", "authority.names"},
      {[](auto& r) { r.names[0].name = "   "; }, "REQUIRED_FIELD", "authority.names[0].name"},
      {[](auto& r) { r.names[0].language = "xx"; }, "UNSUPPORTED_LANGUAGE",
       "authority.names[0].language"},
      {[](auto& r) { r.names.push_back({"da", "Igen"}); }, "DUPLICATE_VALUE",
       "authority.names[1].language"},
      {[](auto& r) { r.names[0].language = "de"; }, "INVALID_VALUE", "authority.names"},
      {[](auto& r) { r.names[0].name = std::string(301, 'x'); }, "INVALID_VALUE",
       "authority.names[0].name"},
      {[](auto& r) { r.contact.email = "kontakt at sst.dk"; }, "INVALID_EMAIL",
       "authority.contact.email"},
      {[](auto& r) { r.contact.email = "kontakt@sst"; }, "INVALID_EMAIL",
       "authority.contact.email"},
      {[](auto& r) { r.contact.phone = "72227400"; }, "INVALID_PHONE", "authority.contact.phone"},
      {[](auto& r) { r.contact.phone = "+45 abc"; }, "INVALID_PHONE", "authority.contact.phone"},
      {[](auto& r) { r.contact.website = "http://www.sst.dk"; }, "INVALID_URL",
       "authority.contact.website"},
      {[](auto& r) { r.contact.website = "https://"; }, "INVALID_URL",
       "authority.contact.website"},
      {[](auto& r) { r.languages = {"da", "klingon"}; }, "UNSUPPORTED_LANGUAGE",
       "authority.languages[1]"},
      {[](auto& r) { r.languages = {"da", "da"}; }, "DUPLICATE_VALUE", "authority.languages[1]"},
      {[](auto& r) { r.areas = {Area("services"), Area("services")}; }, "DUPLICATE_VALUE",
       "authority.areas[1].legislative_area"},
      {[](auto& r) { r.areas = {Area("Bad Area")}; }, "INVALID_NAME",
       "authority.areas[0].legislative_area"},
      {[](auto& r) {
         r.areas = {Area("services")};
         r.areas[0].coordinators["BOSS"] = "dk-1";
       },
       "INVALID_VALUE", "authority.areas[0].coordinators[BOSS]"},
      {[](auto& r) { r.areas = {Area("services", {""})}; }, "REQUIRED_FIELD",
       "authority.areas[0].professions[0]"},
      {[](auto& r) { r.kind = AuthorityKind::kSdimic; }, "REQUIRED_FIELD", "authority.region"},
      {[](auto& r) { r.kind = AuthorityKind::kLimic; }, "REQUIRED_FIELD",
       "authority.coordinator_area"},
      {[](auto& r) { r.coordinator_area = "services"; }, "INVALID_VALUE",
       "authority.coordinator_area"},
      {[](auto& r) { r.address.country = "US"; }, "UNKNOWN_COUNTRY", "authority.address.country"},
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    AuthorityRecord r = valid;
    cases[i].change(r);
    absl::Status s = ValidateAuthority(r, "authority");
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << i;
    EXPECT_EQ(ErrorReason(s), cases[i].reason) << i << ": " << s;
    EXPECT_EQ(Field(s), cases[i].field) << i << ": " << s;
  }
}

TEST(ValidateAuthorityTest, AcceptsRealisticContactsAndTheCommission) {
  for (const char* e : {"imi-helpdesk@ec.europa.eu", "post@arbejdstilsynet.dk", "a.b+c@d-e.fi"}) {
    EXPECT_TRUE(IsValidEmail(e)) << e;
  }
  for (const char* p : {"+45 33 92 33 00", "+32 2 299 11 11", "+49 (30) 4000-456", "+3545101000"}) {
    EXPECT_TRUE(IsValidPhone(p)) << p;
  }
  for (const char* u : {"https://ec.europa.eu/imi", "https://www.sst.dk:443/da?x=1#y",
                        "https://www.bundesärztekammer.de"}) {
    EXPECT_TRUE(IsValidHttpsUrl(u)) << u;
  }
  for (const char* u : {"ftp://x.eu", "https://user:pw@x.eu", "https://x .eu", "https://x..eu"}) {
    EXPECT_FALSE(IsValidHttpsUrl(u)) << u;
  }
  auto ec = Make("", AuthorityKind::kCommission, "EU", "Commission européenne", "fr");
  EXPECT_TRUE(ValidateAuthority(ec, "authority").ok());
  EXPECT_EQ(EeaCountries().size(), 30u);
}

// ---- Registration chain ------------------------------------------------------

TEST_F(AuthoritiesTest, RegistrationChainMatrix) {
  const std::vector<std::pair<std::string, auth::Principal>> actors = {
      {"commission-admin", CommissionAdmin()},
      {"commission-coordinator", CommissionCoordinator()},
      {"commission-helpdesk", CommissionHelpdesk()},
      {"dk-nimic", DkNimic()},
      {"dk-nimic-without-role", DkNimicRequestCoordinator()},
      {"dk-sdimic-hovedstaden", DkSdimic()},
      {"dk-limic-services", DkLimic()},
      {"se-nimic", SeNimic()},
      {"dk-local-admin", LocalAdmin("dk-10")},
  };
  const std::vector<std::pair<std::string, CreateRequest>> proposals = {
      {"nimic-dk", Proposal(AuthorityKind::kNimic)},
      {"sdimic-dk", Proposal(AuthorityKind::kSdimic, "Hovedstaden")},
      {"limic-dk", Proposal(AuthorityKind::kLimic)},
      {"ca-hovedstaden-services", Proposal(AuthorityKind::kCompetentAuthority, "Hovedstaden",
                                           {"services"})},
      {"ca-syddanmark-services", Proposal(AuthorityKind::kCompetentAuthority, "Syddanmark",
                                          {"services"})},
      {"ca-hovedstaden-gdpr", Proposal(AuthorityKind::kCompetentAuthority, "Hovedstaden",
                                       {"gdpr"})},
      {"ca-se", Proposal(AuthorityKind::kCompetentAuthority, "", {}, "SE")},
      {"commission", Proposal(AuthorityKind::kCommission, "", {}, "EU")},
  };
  // actor -> proposals it may register.
  const std::map<std::string, std::set<std::string>> allowed = {
      {"commission-admin",
       {"nimic-dk", "sdimic-dk", "limic-dk", "ca-hovedstaden-services", "ca-syddanmark-services",
        "ca-hovedstaden-gdpr", "ca-se", "commission"}},
      {"commission-coordinator",
       {"nimic-dk", "sdimic-dk", "limic-dk", "ca-hovedstaden-services", "ca-syddanmark-services",
        "ca-hovedstaden-gdpr", "ca-se"}},
      {"commission-helpdesk", {}},
      {"dk-nimic",
       {"sdimic-dk", "limic-dk", "ca-hovedstaden-services", "ca-syddanmark-services",
        "ca-hovedstaden-gdpr"}},
      {"dk-nimic-without-role", {}},
      {"dk-sdimic-hovedstaden", {"ca-hovedstaden-services", "ca-hovedstaden-gdpr"}},
      {"dk-limic-services", {"ca-hovedstaden-services", "ca-syddanmark-services"}},
      {"se-nimic", {"ca-se"}},
      {"dk-local-admin", {}},
  };
  for (const auto& [actor_name, principal] : actors) {
    for (const auto& [proposal_name, proposal] : proposals) {
      const size_t before = store_.authorities.size();
      absl::StatusOr<AuthorityRecord> r = authorities_.Create(principal, proposal);
      const bool expected = allowed.at(actor_name).count(proposal_name) > 0;
      EXPECT_EQ(r.ok(), expected) << actor_name << " registering " << proposal_name << ": "
                                  << r.status();
      if (expected) {
        if (r.ok()) {
          EXPECT_EQ(r->state, AuthorityState::kActive);
        }
        EXPECT_EQ(store_.authorities.size(), before + 1);
      } else {
        EXPECT_EQ(r.status().code(), absl::StatusCode::kPermissionDenied)
            << actor_name << " / " << proposal_name;
        EXPECT_EQ(ErrorReason(r.status()), "OUTSIDE_REMIT") << actor_name << " / "
                                                            << proposal_name;
        EXPECT_EQ(store_.authorities.size(), before) << "nothing may change";
      }
    }
  }
}

TEST_F(AuthoritiesTest, NewAuthorityIsSupervisedByItsRegistrarAndRecorded) {
  auto r = authorities_.Create(DkSdimic(), Proposal(AuthorityKind::kCompetentAuthority,
                                                    "Hovedstaden", {"services"}));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->supervising_coordinator, "dk-2");
  auto h = authorities_.History(DkSdimic(), AuthorityResourceName(r->id), 0, "");
  ASSERT_TRUE(h.ok());
  ASSERT_EQ(h->changes.size(), 1u);
  EXPECT_EQ(h->changes[0].action, "CREATED");
  EXPECT_EQ(h->changes[0].actor, "users/dk-sdimic");
  EXPECT_EQ(h->changes[0].actor_authority, "authorities/dk-2");
  EXPECT_THAT(h->changes[0].changed_fields, ::testing::Contains("names"));
  EXPECT_EQ(store_.events.back(), "AuthorityCreated");
}

TEST_F(AuthoritiesTest, CoordinatorWhoseAuthorityIsNotActiveIsRefused) {
  store_.authorities["dk-2"].state = AuthorityState::kDeregistered;
  auto r = authorities_.Create(DkSdimic(), Proposal(AuthorityKind::kCompetentAuthority,
                                                    "Hovedstaden", {"services"}));
  EXPECT_EQ(ErrorReason(r.status()), "OUTSIDE_REMIT");
  EXPECT_EQ(ErrorMetadata(r.status())["rule"], "NOT_A_COORDINATOR");
}

TEST_F(AuthoritiesTest, ReferencesMustExistAndFit) {
  CreateRequest c = Proposal(AuthorityKind::kCompetentAuthority, "", {"astrology"});
  auto r = authorities_.Create(DkNimic(), c);
  EXPECT_EQ(ErrorReason(r.status()), "UNKNOWN_LEGISLATIVE_AREA");
  EXPECT_EQ(Field(r.status()), "authority.areas[0].legislative_area");

  c = Proposal(AuthorityKind::kCompetentAuthority, "", {"services"});
  c.authority.areas[0].coordinators["REQUEST_COORDINATOR"] = "se-1";
  r = authorities_.Create(DkNimic(), c);
  EXPECT_EQ(ErrorReason(r.status()), "UNKNOWN_AUTHORITY");
  EXPECT_EQ(Field(r.status()), "authority.areas[0].coordinators[REQUEST_COORDINATOR]");

  c.authority.areas[0].coordinators["REQUEST_COORDINATOR"] = "dk-10";  // not a coordinator
  r = authorities_.Create(DkNimic(), c);
  EXPECT_EQ(ErrorReason(r.status()), "UNKNOWN_AUTHORITY");

  c = Proposal(AuthorityKind::kCompetentAuthority);
  c.authority.supervising_coordinator = "dk-404";
  r = authorities_.Create(DkNimic(), c);
  EXPECT_EQ(ErrorReason(r.status()), "UNKNOWN_AUTHORITY");
  EXPECT_EQ(Field(r.status()), "authority.supervising_coordinator");
}

TEST_F(AuthoritiesTest, RequestIdMakesCreateIdempotent) {
  CreateRequest c = Proposal(AuthorityKind::kCompetentAuthority, "", {"services"});
  c.request_id = "0b6f2a4e-7d1c-4f0e-9a55-3c2d1e0f9a8b";
  auto first = authorities_.Create(DkNimic(), c);
  auto again = authorities_.Create(DkNimic(), c);
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_EQ(first->id, again->id);
  EXPECT_EQ(store_.history[first->id].size(), 1u);

  c.authority.acronym = "OTHER";
  auto other = authorities_.Create(DkNimic(), c);
  EXPECT_EQ(other.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(other.status()), "REQUEST_ID_REUSED");

  c.request_id = "has spaces";
  EXPECT_EQ(ErrorReason(authorities_.Create(DkNimic(), c).status()), "INVALID_REQUEST_ID");
}

// ---- State machine -----------------------------------------------------------

TEST_F(AuthoritiesTest, InvitationToActiveToDeregistered) {
  CreateRequest c = Proposal(AuthorityKind::kCompetentAuthority, "Hovedstaden", {"services"});
  c.invite = true;
  auto invited = authorities_.Create(DkNimic(), c);
  ASSERT_TRUE(invited.ok()) << invited.status();
  EXPECT_EQ(invited->state, AuthorityState::kInvited);
  const std::string name = AuthorityResourceName(invited->id);
  const auth::Principal own = LocalAdmin(invited->id);

  // Not yet submitted: a coordinator cannot validate it.
  auto early = authorities_.Validate(DkNimic(), name, "");
  EXPECT_EQ(early.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(early.status()), "INVALID_STATE_TRANSITION");
  EXPECT_EQ(ErrorMetadata(early.status())["state"], "INVITED");

  // Only its own local data administrator submits, and only complete data.
  EXPECT_EQ(ErrorReason(authorities_.Submit(DkNimic(), name, "").status()), "OUTSIDE_REMIT");
  EXPECT_EQ(ErrorReason(authorities_.Submit(own, name, "").status()), "INCOMPLETE_REGISTRATION");
  UpdateRequest u{name, {}, {"contact", "names"}, ""};
  u.values.contact.email = "post@myndighed.dk";
  u.values.names = {{"da", "Min Myndighed"}, {"en", "My Authority"}};
  auto completed = authorities_.Update(own, u);  // while invited, names too
  ASSERT_TRUE(completed.ok()) << completed.status();
  auto submitted = authorities_.Submit(own, name, EtagOf(*completed));
  ASSERT_TRUE(submitted.ok()) << submitted.status();
  EXPECT_EQ(submitted->state, AuthorityState::kPendingValidation);
  EXPECT_EQ(ErrorReason(authorities_.Submit(own, name, "").status()), "INVALID_STATE_TRANSITION");

  // Outside the SDIMIC's region? No: Hovedstaden. The SE NIMIC may not.
  EXPECT_EQ(ErrorReason(authorities_.Validate(SeNimic(), name, "").status()), "OUTSIDE_REMIT");
  auto active = authorities_.Validate(DkSdimic(), name, EtagOf(*submitted));
  ASSERT_TRUE(active.ok()) << active.status();
  EXPECT_EQ(active->state, AuthorityState::kActive);
  EXPECT_EQ(ErrorReason(authorities_.Validate(DkSdimic(), name, "").status()),
            "INVALID_STATE_TRANSITION");

  auto gone = authorities_.Deregister(DkNimic(), name, "", "merged into another authority");
  ASSERT_TRUE(gone.ok()) << gone.status();
  EXPECT_EQ(gone->state, AuthorityState::kDeregistered);
  EXPECT_EQ(ErrorReason(authorities_.Deregister(DkNimic(), name, "", "").status()),
            "INVALID_STATE_TRANSITION");
  UpdateRequest late{name, {}, {"acronym"}, ""};
  late.values.acronym = "X";
  EXPECT_EQ(ErrorReason(authorities_.Update(DkNimic(), late).status()), "INVALID_STATE_TRANSITION");
  EXPECT_EQ(ErrorReason(authorities_.GrantArea(DkNimic(), name, Area("gdpr"), "").status()),
            "INVALID_STATE_TRANSITION");

  auto h = authorities_.History(DkNimic(), name, 0, "");
  ASSERT_TRUE(h.ok());
  std::vector<std::string> actions;
  for (const auto& c : h->changes) actions.push_back(c.action);
  EXPECT_THAT(actions, ElementsAre("DEREGISTERED", "VALIDATED", "SUBMITTED", "UPDATED", "CREATED"));
  EXPECT_EQ(h->changes[0].reason, "merged into another authority");
  EXPECT_EQ(h->changes[1].actor, "users/dk-sdimic");
  EXPECT_THAT(h->changes[3].changed_fields, ElementsAre("contact", "names"));
}

// ---- Updates -----------------------------------------------------------------

TEST_F(AuthoritiesTest, LocalAdministratorChangesOnlyContactsAddressLanguagesAndCompetences) {
  const auth::Principal own = LocalAdmin("dk-10");
  const AuthorityRecord before = store_.authorities.at("dk-10");

  UpdateRequest contact{"authorities/dk-10", {}, {"contact.phone", "languages"}, ""};
  contact.values.contact.phone = "+45 70 20 02 40";
  contact.values.languages = {"da", "en", "de"};
  auto ok = authorities_.Update(own, contact);
  ASSERT_TRUE(ok.ok()) << ok.status();
  EXPECT_EQ(ok->contact.phone, "+45 70 20 02 40");
  EXPECT_EQ(ok->contact.email, before.contact.email);  // untouched sub-field

  UpdateRequest competences{"authorities/dk-10", {}, {"areas"}, ""};
  competences.values.areas = before.areas;
  competences.values.areas[0].keywords = {"lægevagt"};
  ASSERT_TRUE(authorities_.Update(own, competences).ok());

  const AuthorityRecord current = store_.authorities.at("dk-10");
  auto refused = [&](UpdateRequest u) {
    auto r = authorities_.Update(own, u);
    EXPECT_EQ(r.status().code(), absl::StatusCode::kPermissionDenied) << u.mask[0];
    EXPECT_EQ(ErrorReason(r.status()), "OUTSIDE_REMIT") << u.mask[0];
    EXPECT_EQ(store_.authorities.at("dk-10").version, current.version) << "nothing changed";
  };
  UpdateRequest names{"authorities/dk-10", {}, {"names"}, ""};
  names.values.names = {{"da", "Nyt navn"}};
  refused(names);
  UpdateRequest region{"authorities/dk-10", {}, {"region"}, ""};
  region.values.region = "Syddanmark";
  refused(region);
  UpdateRequest new_area{"authorities/dk-10", {}, {"areas"}, ""};
  new_area.values.areas = current.areas;
  new_area.values.areas.push_back(Area("gdpr"));
  refused(new_area);
  UpdateRequest relink{"authorities/dk-10", {}, {"areas"}, ""};
  relink.values.areas = current.areas;
  relink.values.areas[0].coordinators["REQUEST_COORDINATOR"] = "dk-2";
  refused(relink);

  // Another authority's administrator may not touch it at all.
  UpdateRequest other{"authorities/dk-10", {}, {"contact"}, ""};
  other.values.contact.email = "x@y.dk";
  EXPECT_EQ(ErrorReason(authorities_.Update(LocalAdmin("dk-11"), other).status()),
            "OUTSIDE_REMIT");
}

TEST_F(AuthoritiesTest, StaleEtagIsAbortedAndChangesNothing) {
  const AuthorityRecord before = store_.authorities.at("dk-10");
  UpdateRequest u{"authorities/dk-10", {}, {"acronym"}, EtagOf(before)};
  u.values.acronym = "LF";
  auto first = authorities_.Update(DkNimic(), u);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_NE(first->version, before.version);
  u.values.acronym = "LÆ";  // with the etag read before the first update
  auto stale = authorities_.Update(DkNimic(), u);
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  EXPECT_EQ(store_.authorities.at("dk-10").acronym, "LF");
  EXPECT_EQ(ErrorReason(authorities_.Validate(DkNimic(), "authorities/dk-10", "W/\"999\"").status()),
            "ETAG_MISMATCH");
}

TEST_F(AuthoritiesTest, UpdateMaskMustNameUpdatableFields) {
  UpdateRequest u{"authorities/dk-10", {}, {}, ""};
  EXPECT_EQ(ErrorReason(authorities_.Update(DkNimic(), u).status()), "INVALID_UPDATE_MASK");
  for (const char* path : {"kind", "country", "state", "etag", "name", "bogus", "*"}) {
    u.mask = {path};
    auto r = authorities_.Update(DkNimic(), u);
    EXPECT_EQ(ErrorReason(r.status()), "INVALID_UPDATE_MASK") << path;
    EXPECT_EQ(ErrorMetadata(r.status())["path"], path);
  }
  u.mask = {"contact.email"};
  u.values.contact.email = "broken";
  auto bad = authorities_.Update(DkNimic(), u);
  EXPECT_EQ(ErrorReason(bad.status()), "INVALID_EMAIL");
  EXPECT_EQ(Field(bad.status()), "authority.contact.email");
  u.name = "authorities/dk-404";
  u.values.contact.email = "ok@x.dk";
  EXPECT_EQ(authorities_.Update(DkNimic(), u).status().code(), absl::StatusCode::kNotFound);
}

TEST_F(AuthoritiesTest, CoordinatorsStayWithinTheirRemitWhenUpdating) {
  UpdateRequest move{"authorities/dk-10", {}, {"region"}, ""};
  move.values.region = "Syddanmark";
  auto r = authorities_.Update(DkSdimic(), move);
  EXPECT_EQ(ErrorReason(r.status()), "OUTSIDE_REMIT");
  EXPECT_EQ(ErrorMetadata(r.status())["rule"], "OTHER_REGION");
  EXPECT_TRUE(authorities_.Update(DkNimic(), move).ok());

  // The LIMIC of services may change only the services entry.
  AuthorityRecord dk10 = store_.authorities.at("dk-10");
  UpdateRequest areas{"authorities/dk-10", {}, {"areas"}, ""};
  areas.values.areas = dk10.areas;
  areas.values.areas[0].professions = {"physician", "dentist"};
  EXPECT_TRUE(authorities_.Update(DkLimic(), areas).ok());
  areas.values.areas.push_back(Area("gdpr"));
  auto other_area = authorities_.Update(DkLimic(), areas);
  EXPECT_EQ(ErrorMetadata(other_area.status())["rule"], "OTHER_AREA");
  // ... and has no say over authorities without its area.
  UpdateRequest acronym{"authorities/dk-11", {}, {"acronym"}, ""};
  acronym.values.acronym = "AF";
  EXPECT_EQ(ErrorMetadata(authorities_.Update(DkLimic(), acronym).status())["rule"], "OTHER_AREA");
  // Other countries' coordinators: never.
  EXPECT_EQ(ErrorMetadata(authorities_.Update(SeNimic(), acronym).status())["rule"],
            "OTHER_COUNTRY");
}

TEST_F(AuthoritiesTest, GrantingAndRevokingAreas) {
  AreaAccess services = Area("services", {"architect"});
  services.coordinators["REQUEST_COORDINATOR"] = "dk-3";
  auto granted = authorities_.GrantArea(DkLimic(), "authorities/dk-11", services, "");
  ASSERT_TRUE(granted.ok()) << granted.status();
  ASSERT_NE(granted->FindArea("services"), nullptr);
  EXPECT_EQ(store_.history["dk-11"].back().action, "AREA_GRANTED");
  EXPECT_EQ(store_.history["dk-11"].back().legislative_area, "services");

  auto gdpr = authorities_.GrantArea(DkLimic(), "authorities/dk-11", Area("gdpr"), "");
  EXPECT_EQ(ErrorMetadata(gdpr.status())["rule"], "OTHER_AREA");
  auto unknown = authorities_.GrantArea(DkNimic(), "authorities/dk-11", Area("astrology"), "");
  EXPECT_EQ(ErrorReason(unknown.status()), "UNKNOWN_LEGISLATIVE_AREA");
  EXPECT_EQ(Field(unknown.status()), "access.legislative_area");
  AreaAccess foreign = Area("gdpr");
  foreign.coordinators["INCOMING_ALERT_COORDINATOR"] = "se-1";
  auto link = authorities_.GrantArea(DkNimic(), "authorities/dk-11", foreign, "");
  EXPECT_EQ(ErrorReason(link.status()), "UNKNOWN_AUTHORITY");
  EXPECT_EQ(Field(link.status()), "access.coordinators[INCOMING_ALERT_COORDINATOR]");

  auto not_granted =
      authorities_.RevokeArea(DkNimic(), "authorities/dk-11", "legislativeAreas/gdpr", "");
  EXPECT_EQ(ErrorReason(not_granted.status()), "AREA_NOT_GRANTED");
  auto revoked =
      authorities_.RevokeArea(DkLimic(), "authorities/dk-11", "legislativeAreas/services", "");
  ASSERT_TRUE(revoked.ok()) << revoked.status();
  EXPECT_EQ(revoked->FindArea("services"), nullptr);
  EXPECT_NE(revoked->FindArea("professional-qualifications"), nullptr);
  EXPECT_EQ(ErrorReason(authorities_.RevokeArea(DkNimic(), "authorities/dk-11", "gdpr", "")
                            .status()),
            "INVALID_NAME");
}

// ---- Reads -------------------------------------------------------------------

TEST_F(AuthoritiesTest, GetValidatesTheNameAndReportsMissingAuthorities) {
  EXPECT_TRUE(authorities_.Get("authorities/dk-10").ok());
  EXPECT_EQ(ErrorReason(authorities_.Get("authorities/dk-404").status()), "AUTHORITY_NOT_FOUND");
  for (const char* bad : {"dk-10", "authorities/", "authorities/DK-10", "authorities/a/b",
                          "authorities/-x"}) {
    EXPECT_EQ(ErrorReason(authorities_.Get(bad).status()), "INVALID_NAME") << bad;
  }
}

TEST_F(AuthoritiesTest, HistoryIsForOwnUsersAndCoordinatorsWhoseRemitCoversIt) {
  UpdateRequest u{"authorities/dk-10", {}, {"acronym"}, ""};
  u.values.acronym = "LF";
  ASSERT_TRUE(authorities_.Update(DkNimic(), u).ok());
  const auth::Principal own_user = Who("dk-10", "DK", {{"*", {roles::kBasicUser}}});
  for (const auth::Principal& reader :
       {own_user, DkNimic(), DkSdimic(), DkLimic(), CommissionCoordinator()}) {
    auto h = authorities_.History(reader, "authorities/dk-10", 0, "");
    ASSERT_TRUE(h.ok()) << reader.authority << ": " << h.status();
    ASSERT_FALSE(h->changes.empty());
    EXPECT_EQ(h->changes[0].actor, "users/dk-nimic");
  }
  // Another authority's user, a coordinator of another country or region, a
  // NIMIC user without ACCESS_COORDINATOR, a Commission user without a
  // coordinating role: refused, and told why.
  const auth::Principal other_user = Who("dk-11", "DK", {{"*", {roles::kBasicUser}}});
  store_.Put(Make("dk-4", AuthorityKind::kSdimic, "DK", "Region Syddanmark", "da", "Syddanmark"));
  const auth::Principal other_region = Who("dk-4", "DK", {{"*", {roles::kAccessCoordinator}}});
  for (const auth::Principal& reader : {other_user, SeNimic(), other_region,
                                        DkNimicRequestCoordinator(), CommissionHelpdesk()}) {
    auto h = authorities_.History(reader, "authorities/dk-10", 0, "");
    EXPECT_EQ(h.status().code(), absl::StatusCode::kPermissionDenied) << reader.authority;
    EXPECT_EQ(ErrorMetadata(h.status())["rule"], "HISTORY_READERS") << reader.authority;
  }
  // The LIMIC of "services" reads dk-10 (which has it), not dk-11 (which has not).
  EXPECT_EQ(authorities_.History(DkLimic(), "authorities/dk-11", 0, "").status().code(),
            absl::StatusCode::kPermissionDenied);
}

TEST_F(AuthoritiesTest, HistoryPagesNewestFirst) {
  for (int i = 0; i < 5; ++i) {
    UpdateRequest u{"authorities/dk-10", {}, {"acronym"}, ""};
    u.values.acronym = "A" + std::to_string(i);
    ASSERT_TRUE(authorities_.Update(DkNimic(), u).ok());
  }
  auto first = authorities_.History(DkNimic(), "authorities/dk-10", 2, "");
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->changes.size(), 2u);
  EXPECT_GT(first->changes[0].id, first->changes[1].id);
  auto second = authorities_.History(DkNimic(), "authorities/dk-10", 2, first->next_page_token);
  ASSERT_TRUE(second.ok());
  EXPECT_LT(second->changes[0].id, first->changes[1].id);
  EXPECT_EQ(ErrorReason(authorities_.History(DkNimic(), "authorities/dk-11", 2, first->next_page_token)
                            .status()),
            "INVALID_PAGE_TOKEN");
  EXPECT_EQ(ErrorReason(authorities_.History(DkNimic(), "authorities/dk-404", 0, "").status()),
            "AUTHORITY_NOT_FOUND");
}

TEST_F(AuthoritiesTest, SearchFallsBackToSimilarSpellingsAndBindsTokensToTheQuery) {
  store_.fuzzy_hits = {"dk-10", "dk-11", "dk-1"};
  SearchRequest q{.query = "Laegeforenigen", .page_size = 2};
  auto page = authorities_.Search(q);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(store_.searches.size(), 2u);  // strict found nothing, then fuzzy
  EXPECT_FALSE(store_.searches[0].fuzzy);
  EXPECT_TRUE(store_.searches[1].fuzzy);
  EXPECT_EQ(store_.searches[0].states, std::vector<std::string>{"ACTIVE"});
  EXPECT_EQ(page->total_size, 3);
  ASSERT_EQ(page->matches.size(), 2u);
  ASSERT_FALSE(page->next_page_token.empty());

  q.page_token = page->next_page_token;
  auto next = authorities_.Search(q);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_TRUE(store_.searches.back().fuzzy);  // the token remembers the mode
  EXPECT_EQ(store_.searches.back().offset, 2);
  EXPECT_EQ(next->matches.size(), 1u);
  EXPECT_TRUE(next->next_page_token.empty());

  SearchRequest other = q;
  other.query = "something else";
  EXPECT_EQ(ErrorReason(authorities_.Search(other).status()), "INVALID_PAGE_TOKEN");
  other = q;
  other.countries = {"DK"};
  EXPECT_EQ(ErrorReason(authorities_.Search(other).status()), "INVALID_PAGE_TOKEN");
}

TEST_F(AuthoritiesTest, SearchRejectsBadFilters) {
  auto country = authorities_.Search({.query = "x", .countries = {"DK", "XX"}});
  EXPECT_EQ(ErrorReason(country.status()), "UNKNOWN_COUNTRY");
  EXPECT_EQ(Field(country.status()), "countries[1]");
  auto area = authorities_.Search({.query = "x", .legislative_area = "legislativeAreas/astrology"});
  EXPECT_EQ(ErrorReason(area.status()), "UNKNOWN_LEGISLATIVE_AREA");
  EXPECT_EQ(ErrorReason(authorities_.Search({.page_size = 101}).status()), "INVALID_PAGE_SIZE");
  EXPECT_EQ(ErrorReason(authorities_.Search({.query = std::string(201, 'a')}).status()),
            "INVALID_VALUE");
  EXPECT_EQ(ErrorReason(authorities_.Search({.page_token = "garbage"}).status()),
            "INVALID_PAGE_TOKEN");
}

TEST_F(AuthoritiesTest, FindCompetentAndCoordinatorsWithNimicFallback) {
  auto found = authorities_.FindCompetent(
      {.legislative_area = "legislativeAreas/services", .country = "DK"});
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_EQ(found->authorities.size(), 1u);
  EXPECT_EQ(found->authorities[0].id, "dk-10");
  auto by_profession = authorities_.FindCompetent({.legislative_area =
                                                       "legislativeAreas/professional-qualifications",
                                                   .country = "DK",
                                                   .competence = "architect"});
  ASSERT_TRUE(by_profession.ok());
  ASSERT_EQ(by_profession->authorities.size(), 1u);
  EXPECT_EQ(by_profession->authorities[0].id, "dk-11");

  auto linked = authorities_.FindCompetent(
      {.legislative_area = "legislativeAreas/services",
       .country = "DK",
       .coordinator_role = CoordinatorRole::kRequestCoordinator});
  ASSERT_TRUE(linked.ok());
  ASSERT_EQ(linked->authorities.size(), 1u);
  EXPECT_EQ(linked->authorities[0].id, "dk-1");
  // Nobody is linked as incoming alert coordinator: the NIMIC answers.
  auto fallback = authorities_.FindCompetent(
      {.legislative_area = "legislativeAreas/gdpr",
       .country = "DK",
       .coordinator_role = CoordinatorRole::kIncomingAlertCoordinator});
  ASSERT_TRUE(fallback.ok());
  ASSERT_EQ(fallback->authorities.size(), 1u);
  EXPECT_EQ(fallback->authorities[0].kind, AuthorityKind::kNimic);

  EXPECT_EQ(ErrorReason(authorities_.FindCompetent({.country = "DK"}).status()), "REQUIRED_FIELD");
  EXPECT_EQ(ErrorReason(authorities_.FindCompetent({.legislative_area = "legislativeAreas/services"})
                            .status()),
            "REQUIRED_FIELD");
  EXPECT_EQ(ErrorReason(authorities_.FindCompetent({.legislative_area = "legislativeAreas/services",
                                                    .country = "US"})
                            .status()),
            "UNKNOWN_COUNTRY");
  EXPECT_EQ(ErrorReason(authorities_.FindCompetent({.legislative_area = "legislativeAreas/tarot",
                                                    .country = "DK"})
                            .status()),
            "UNKNOWN_LEGISLATIVE_AREA");
}

TEST_F(AuthoritiesTest, FindCompetentPagesByName) {
  for (int i = 0; i < 5; ++i) {
    AuthorityRecord r = Make("dk-2" + std::to_string(i), AuthorityKind::kCompetentAuthority, "DK",
                             "Myndighed " + std::to_string(i), "da");
    r.areas = {Area("services")};
    store_.Put(r);
  }
  std::vector<std::string> seen;
  FindRequest q{.legislative_area = "legislativeAreas/services", .country = "DK", .page_size = 2};
  do {
    auto page = authorities_.FindCompetent(q);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const auto& a : page->authorities) seen.push_back(a.id);
    q.page_token = page->next_page_token;
  } while (!q.page_token.empty());
  EXPECT_EQ(seen.size(), 6u);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 6u);
}

// ---- Helpdesks -------------------------------------------------------------------

HelpdeskRecord DkHelpdesk() {
  HelpdeskRecord h;
  h.country = "DK";
  h.authority_id = "dk-1";
  h.names = {{"da", "National IMI-helpdesk"}, {"en", "National IMI Helpdesk"}};
  h.contact = {"imi@erst.dk", "+45 35 29 10 00", "https://erst.dk/imi"};
  h.languages = {"da", "en"};
  h.version = 1;
  return h;
}

TEST(HelpdeskTest, NamesAndPrimaryLanguages) {
  EXPECT_EQ(*ParseHelpdeskName("helpdesks/dk", "name"), "DK");
  EXPECT_EQ(*ParseHelpdeskName("helpdesks/eu", "name"), "EU");
  EXPECT_EQ(*ParseHelpdeskName("helpdesks/xx", "name"), "XX");  // well formed: NOT_FOUND later
  for (const char* bad :
       {"helpdesks/DK", "helpdesks/dnk", "helpdesks/", "dk", "authorities/dk", "helpdesks/d1"}) {
    auto r = ParseHelpdeskName(bad, "helpdesk.name");
    EXPECT_EQ(ErrorReason(r.status()), "INVALID_NAME") << bad;
    EXPECT_EQ(Field(r.status()), "helpdesk.name") << bad;
  }
  EXPECT_EQ(HelpdeskResourceName("EU"), "helpdesks/eu");
  EXPECT_EQ(PrimaryLanguage("DK"), "da");
  EXPECT_EQ(PrimaryLanguage("BE"), "nl");
  EXPECT_EQ(PrimaryLanguage("IE"), "en");
  EXPECT_EQ(PrimaryLanguage("MT"), "mt");
  EXPECT_EQ(PrimaryLanguage("NO"), "nb");
  EXPECT_EQ(PrimaryLanguage("EU"), "en");
}

TEST(HelpdeskTest, DisplayNameFallsBackToTheFirstNameLikeAuthorities) {
  const HelpdeskRecord h = DkHelpdesk();
  EXPECT_EQ(DisplayName(h, "en"), "National IMI Helpdesk");
  EXPECT_EQ(DisplayName(h, "da"), "National IMI-helpdesk");
  EXPECT_EQ(DisplayName(h, "fi"), "National IMI-helpdesk");
  HelpdeskRecord nameless = h;
  nameless.names.clear();
  EXPECT_EQ(DisplayName(nameless, "en"), "helpdesks/dk");
  EXPECT_EQ(EtagOf(h), "W/\"1\"");
  EXPECT_TRUE(CheckEtag(h, "").ok());
  EXPECT_TRUE(CheckEtag(h, "\"1\"").ok());
  absl::Status stale = CheckEtag(h, "W/\"0\"");
  EXPECT_EQ(stale.code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorMetadata(stale)["name"], "helpdesks/dk");
}

TEST(HelpdeskTest, ValidationNamesTheFieldAtFault) {
  ASSERT_TRUE(ValidateHelpdesk(DkHelpdesk(), "helpdesk").ok());
  HelpdeskRecord eu;
  eu.country = "EU";
  eu.names = {{"fr", "Service d'assistance IMI"}};
  EXPECT_TRUE(ValidateHelpdesk(eu, "helpdesk").ok()) << "any language for the Commission's";

  struct Case {
    std::function<void(HelpdeskRecord&)> change;
    std::string reason, field;
  };
  const std::vector<Case> cases = {
      {[](auto& h) { h.names.clear(); }, "REQUIRED_FIELD", "helpdesk.names"},
      {[](auto& h) { h.names[1].language = "xx"; }, "UNSUPPORTED_LANGUAGE",
       "helpdesk.names[1].language"},
      {[](auto& h) { h.names[1].language = ""; }, "REQUIRED_FIELD", "helpdesk.names[1].language"},
      {[](auto& h) { h.names[1].language = "da"; }, "DUPLICATE_VALUE",
       "helpdesk.names[1].language"},
      {[](auto& h) { h.names[0].name = " "; }, "REQUIRED_FIELD", "helpdesk.names[0].name"},
      {[](auto& h) { h.names[0].name = "a\nb"; }, "INVALID_VALUE", "helpdesk.names[0].name"},
      {[](auto& h) {
         h.names = {{"en", "National IMI Helpdesk"}};
       },
       "INVALID_VALUE", "helpdesk.names"},
      {[](auto& h) { h.contact.email = "imi(at)erst.dk"; }, "INVALID_EMAIL",
       "helpdesk.contact.email"},
      {[](auto& h) { h.contact.phone = "35291000"; }, "INVALID_PHONE", "helpdesk.contact.phone"},
      {[](auto& h) { h.contact.website = "http://erst.dk"; }, "INVALID_URL",
       "helpdesk.contact.website"},
      {[](auto& h) {
         h.languages = {"da", "dk"};
       },
       "UNSUPPORTED_LANGUAGE", "helpdesk.languages[1]"},
      {[](auto& h) {
         h.languages = {"en", "en"};
       },
       "DUPLICATE_VALUE", "helpdesk.languages[1]"},
      {[](auto& h) { h.country = "XX"; }, "UNKNOWN_COUNTRY", "helpdesk.country"},
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    HelpdeskRecord h = DkHelpdesk();
    cases[i].change(h);
    absl::Status s = ValidateHelpdesk(h, "helpdesk");
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << i;
    EXPECT_EQ(ErrorReason(s), cases[i].reason) << i << ": " << s;
    EXPECT_EQ(Field(s), cases[i].field) << i << ": " << s;
  }
}

TEST_F(AuthoritiesTest, HelpdesksByCountry) {
  HelpdeskRecord eu;
  eu.country = "EU";
  eu.authority_id = "eu-1";
  eu.names = {{"en", "IMI Helpdesk"}};
  store_.helpdesks = {DkHelpdesk(), eu};
  EXPECT_EQ(authorities_.Helpdesks("")->size(), 2u);
  EXPECT_EQ(authorities_.Helpdesks("EU")->size(), 1u);
  EXPECT_EQ(ErrorReason(authorities_.Helpdesks("XX").status()), "UNKNOWN_COUNTRY");
  EXPECT_EQ(authorities_.GetHelpdesk("helpdesks/eu")->names, eu.names);
  for (const char* missing : {"helpdesks/se", "helpdesks/xx"}) {
    auto r = authorities_.GetHelpdesk(missing);
    EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound) << missing;
    EXPECT_EQ(ErrorReason(r.status()), "HELPDESK_NOT_FOUND") << missing;
  }
  EXPECT_EQ(ErrorReason(authorities_.GetHelpdesk("helpdesks/DK").status()), "INVALID_NAME");
}

TEST_F(AuthoritiesTest, HelpdeskUpdatePermissionMatrix) {
  HelpdeskRecord eu;
  eu.country = "EU";
  eu.authority_id = "eu-1";
  eu.names = {{"en", "IMI Helpdesk"}};
  HelpdeskRecord se;
  se.country = "SE";
  se.authority_id = "se-1";
  se.names = {{"sv", "Nationell IMI-helpdesk"}};
  AuthorityRecord deregistered_nimic = Make("dk-9", AuthorityKind::kNimic, "DK", "Gammel", "da");
  deregistered_nimic.state = AuthorityState::kDeregistered;
  store_.Put(deregistered_nimic);

  const std::vector<std::pair<std::string, auth::Principal>> actors = {
      {"commission-admin", CommissionAdmin()},
      {"commission-coordinator", CommissionCoordinator()},
      {"commission-helpdesk", CommissionHelpdesk()},
      {"dk-nimic", DkNimic()},
      {"dk-nimic-local-admin", LocalAdmin("dk-1")},
      {"dk-nimic-without-role", DkNimicRequestCoordinator()},
      {"dk-deregistered-nimic", Who("dk-9", "DK", {{"*", {roles::kAccessCoordinator}}})},
      {"dk-sdimic", DkSdimic()},
      {"dk-limic", DkLimic()},
      {"dk-competent-authority", LocalAdmin("dk-10")},
      {"se-nimic", SeNimic()},
  };
  // actor -> helpdesks it may change; every refusal's rule.
  const std::map<std::string, std::set<std::string>> allowed = {
      {"commission-admin", {"DK", "SE", "EU"}},
      {"commission-coordinator", {"DK", "SE", "EU"}},
      {"dk-nimic", {"DK"}},
      {"dk-nimic-local-admin", {"DK"}},
      {"se-nimic", {"SE"}},
  };
  const std::map<std::string, std::string> rule_for_dk = {
      {"commission-helpdesk", "MISSING_ROLE"},
      {"dk-nimic-without-role", "MISSING_ROLE"},
      {"dk-deregistered-nimic", "NIMIC_ONLY"},
      {"dk-sdimic", "NIMIC_ONLY"},
      {"dk-limic", "NIMIC_ONLY"},
      {"dk-competent-authority", "NIMIC_ONLY"},
      {"se-nimic", "OTHER_COUNTRY"},
  };
  for (const auto& [actor_name, principal] : actors) {
    for (const std::string country : {"DK", "SE", "EU"}) {
      store_.helpdesks = {DkHelpdesk(), se, eu};
      store_.helpdesk_history.clear();
      HelpdeskUpdate u{HelpdeskResourceName(country), {}, {"contact.email"}, ""};
      u.values.contact.email = "helpdesk@example.eu";
      auto r = authorities_.UpdateHelpdesk(principal, u);
      auto it = allowed.find(actor_name);
      const bool expected = it != allowed.end() && it->second.count(country) > 0;
      EXPECT_EQ(r.ok(), expected) << actor_name << " on " << country << ": " << r.status();
      auto stored = *store_.GetHelpdesk(country);
      if (expected) {
        EXPECT_EQ(stored->contact.email, "helpdesk@example.eu");
        ASSERT_EQ(store_.helpdesk_history[country].size(), 1u);
        EXPECT_EQ(store_.helpdesk_history[country][0].actor, principal.user);
        EXPECT_THAT(store_.helpdesk_history[country][0].changed_fields,
                    ElementsAre("contact.email"));
      } else {
        EXPECT_EQ(r.status().code(), absl::StatusCode::kPermissionDenied) << actor_name;
        EXPECT_EQ(ErrorReason(r.status()), "OUTSIDE_REMIT") << actor_name;
        EXPECT_NE(stored->contact.email, "helpdesk@example.eu") << "nothing may change";
        EXPECT_TRUE(store_.helpdesk_history[country].empty());
        if (country == "DK") {
          EXPECT_EQ(ErrorMetadata(r.status())["rule"], rule_for_dk.at(actor_name)) << actor_name;
        }
        if (country == "EU" && actor_name == "dk-nimic") {
          EXPECT_EQ(ErrorMetadata(r.status())["rule"], "COMMISSION_ONLY");
        }
      }
    }
  }
}

TEST_F(AuthoritiesTest, HelpdeskUpdateMasksEtagsAndValidation) {
  store_.helpdesks = {DkHelpdesk()};
  HelpdeskUpdate u{"helpdesks/dk", {}, {}, ""};
  EXPECT_EQ(ErrorReason(authorities_.UpdateHelpdesk(DkNimic(), u).status()), "INVALID_UPDATE_MASK");
  for (const char* path :
       {"country", "authority", "name", "display_name", "etag", "update_time", "bogus", "*"}) {
    u.mask = {path};
    auto r = authorities_.UpdateHelpdesk(DkNimic(), u);
    EXPECT_EQ(ErrorReason(r.status()), "INVALID_UPDATE_MASK") << path;
    EXPECT_EQ(ErrorMetadata(r.status())["path"], path);
  }

  // Names in several languages, the first shown where the reader's is missing.
  u.mask = {"names", "languages"};
  u.values.names = {{"da", "IMI-helpdesk Danmark"},
                    {"en", "IMI Helpdesk Denmark"},
                    {"de", "IMI-Helpdesk Dänemark"}};
  u.values.languages = {"da", "en", "de"};
  u.etag = "W/\"1\"";
  auto updated = authorities_.UpdateHelpdesk(DkNimic(), u);
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(DisplayName(*updated, "de"), "IMI-Helpdesk Dänemark");
  EXPECT_EQ(updated->contact.email, "imi@erst.dk") << "fields outside the mask are kept";
  ASSERT_EQ(store_.helpdesk_history["DK"].size(), 1u);
  EXPECT_THAT(store_.helpdesk_history["DK"][0].changed_fields, ElementsAre("names", "languages"));

  // The same etag again is stale now; nothing changes.
  u.values.names = {{"da", "Noget andet"}};
  auto stale = authorities_.UpdateHelpdesk(DkNimic(), u);
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  EXPECT_EQ(store_.helpdesks[0].names.size(), 3u);

  // The same values again: nothing written, no history.
  u.etag = "";
  u.values.names = updated->names;
  ASSERT_TRUE(authorities_.UpdateHelpdesk(DkNimic(), u).ok());
  EXPECT_EQ(store_.helpdesks[0].version, 2);
  EXPECT_EQ(store_.helpdesk_history["DK"].size(), 1u);

  // Invalid input names the field; nothing changes.
  u.mask = {"contact.phone"};
  u.values.contact.phone = "ring os";
  auto bad = authorities_.UpdateHelpdesk(DkNimic(), u);
  EXPECT_EQ(ErrorReason(bad.status()), "INVALID_PHONE");
  EXPECT_EQ(Field(bad.status()), "helpdesk.contact.phone");
  EXPECT_EQ(store_.helpdesks[0].contact.phone, "+45 35 29 10 00");

  // Unknown helpdesks and countries.
  u.values.contact.phone = "+45 35 29 10 01";
  for (const char* missing : {"helpdesks/se", "helpdesks/xx"}) {
    u.name = missing;
    auto r = authorities_.UpdateHelpdesk(CommissionAdmin(), u);
    EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound) << missing;
    EXPECT_EQ(ErrorReason(r.status()), "HELPDESK_NOT_FOUND") << missing;
  }
}

}  // namespace
}  // namespace imi::directory
