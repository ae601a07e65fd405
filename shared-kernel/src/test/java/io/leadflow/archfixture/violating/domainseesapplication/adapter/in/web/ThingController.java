package io.leadflow.archfixture.violating.domainseesapplication.adapter.in.web;

class ThingController {}
