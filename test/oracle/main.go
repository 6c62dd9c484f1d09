// Oracle: the real aws-iam-authenticator parser (pkg/mapper/configmap ParseMap) over aws-auth data
// maps, one JSON object per line on stdin; one JSON result per line on stdout, in the same order.
// Each section is parsed on its own (ParseMap merges its errors), so errors are known per section.
package main

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"

	"github.com/sirupsen/logrus"
	"gopkg.in/yaml.v2"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/aws-iam-authenticator/pkg/mapper/configmap"
)

type entry struct {
	ARN      string   `json:"arn"`
	Username string   `json:"username"`
	Groups   []string `json:"groups"`
	SSO      bool     `json:"sso,omitempty"`
}

type section struct {
	Entries []entry  `json:"entries"`
	Errors  []string `json:"errors"`
	// Lost: nothing could be read from the section at all (a YAML error or a top level that is not
	// a list), as opposed to entries dropped one by one by Validate or fields emptied by type errors.
	Lost bool `json:"lost"`
}

func main() {
	logrus.SetLevel(logrus.PanicLevel) // ParseMap logs every error; stdout carries only results
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 64<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var data map[string]string
		if err := json.Unmarshal(in.Bytes(), &data); err != nil {
			panic(err)
		}
		res := map[string]section{}
		for _, name := range []string{"mapRoles", "mapUsers", "mapAccounts"} {
			if text, ok := data[name]; ok {
				res[name] = parse(name, text)
			}
		}
		if err := enc.Encode(res); err != nil {
			panic(err)
		}
	}
	if err := in.Err(); err != nil {
		panic(err)
	}
}

func parse(name, text string) section {
	users, roles, accounts, err := configmap.ParseMap(map[string]string{name: text})
	s := section{Entries: []entry{}, Errors: []string{}, Lost: lost(name, text)}
	if err != nil {
		s.Errors = append(s.Errors, err.Error())
	}
	for _, r := range roles {
		s.Entries = append(s.Entries, entry{ARN: r.RoleARN, Username: r.Username, Groups: nonNil(r.Groups), SSO: r.SSO != nil})
	}
	for _, u := range users {
		s.Entries = append(s.Entries, entry{ARN: u.UserARN, Username: u.Username, Groups: nonNil(u.Groups)})
	}
	for _, a := range accounts {
		s.Entries = append(s.Entries, entry{ARN: a, Groups: []string{}})
	}
	return s
}

// lost repeats ParseMap's first steps to tell a section lost whole from one read in part.
func lost(name, text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || t == "``" || t == `""` || t == "''" {
		return false
	}
	if name == "mapAccounts" {
		// Into []string, yaml.v2 skips an item it cannot store (a *yaml.TypeError) but keeps the rest;
		// only a syntax error or a top level that is not a list loses everything.
		var v []string
		err := yaml.Unmarshal([]byte(text), &v)
		if te, ok := err.(*yaml.TypeError); ok {
			return strings.Contains(strings.Join(te.Errors, "\n"), "into []string")
		}
		return err != nil
	}
	js, err := utilyaml.ToJSON([]byte(text))
	if err != nil {
		return true
	}
	var v interface{}
	if err := json.Unmarshal(js, &v); err != nil {
		return true
	}
	_, isList := v.([]interface{})
	return !isList && v != nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
